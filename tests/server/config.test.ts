import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { pickLanAddress } from '../../server/lan-address.ts';

describe('loadConfig', () => {
  test('defaults to port 8080 and ./data', () => {
    const config = loadConfig({}, '/srv/mw');
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/srv/mw/data', distDir: '/srv/mw/dist' });
  });

  test('reads PORT and DATA_DIR, and refuses a port that is not a number', () => {
    expect(loadConfig({ PORT: '9000', DATA_DIR: '/tmp/x' }, '/srv').port).toBe(9000);
    expect(loadConfig({ PORT: '9000', DATA_DIR: '/tmp/x' }, '/srv').dataDir).toBe('/tmp/x');
    expect(() => loadConfig({ PORT: 'acht' }, '/srv')).toThrow('PORT must be a number');
  });

  test('reads PARTICIPANT_CAP (seats of a room whose deck sets none), default 30, and refuses nonsense', () => {
    expect(loadConfig({}, '/srv').limits.participantCap).toBe(30);
    expect(loadConfig({ PARTICIPANT_CAP: '60' }, '/srv').limits.participantCap).toBe(60);
    expect(() => loadConfig({ PARTICIPANT_CAP: 'veel' }, '/srv')).toThrow('PARTICIPANT_CAP must be a whole number from 1 up, got "veel"');
  });

  test('reads RETENTION_DAYS (how long a leergang\'s data are kept after its last session), default 365, and refuses nonsense', () => {
    expect(loadConfig({}, '/srv').retentionDays).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '90' }, '/srv').retentionDays).toBe(90);
    expect(() => loadConfig({ RETENTION_DAYS: '0' }, '/srv')).toThrow('RETENTION_DAYS must be a whole number from 1 up, got "0"');
  });

  test('reads ROOM_IDLE_SECONDS (how long an empty room stays in memory), and refuses nonsense', () => {
    expect(loadConfig({}, '/srv').roomIdleMs).toBeUndefined();
    expect(loadConfig({ ROOM_IDLE_SECONDS: '30' }, '/srv').roomIdleMs).toBe(30_000);
    expect(() => loadConfig({ ROOM_IDLE_SECONDS: 'kort' }, '/srv')).toThrow('ROOM_IDLE_SECONDS must be a whole number of seconds, got "kort"');
  });
  test('reads SEAT_REFUSALS_PER_MINUTE (refused frames before a seat is suspended), and refuses nonsense', () => {
    expect(loadConfig({}, '/srv').limits.seatRefusalLimit).toBe(20);
    expect(loadConfig({ SEAT_REFUSALS_PER_MINUTE: '500' }, '/srv').limits.seatRefusalLimit).toBe(500);
    expect(() => loadConfig({ SEAT_REFUSALS_PER_MINUTE: '0' }, '/srv')).toThrow('SEAT_REFUSALS_PER_MINUTE must be a whole number from 1 up, got "0"');
  });
});

describe('pickLanAddress', () => {
  const info = (address: string, internal = false) => ({
    address, internal, family: 'IPv4' as const, netmask: '', mac: '', cidr: null,
  });

  test('prefers a private wifi address over loopback and public ones', () => {
    expect(pickLanAddress({ lo: [info('127.0.0.1', true)], eth0: [info('203.0.113.5')], wlan0: [info('192.168.1.23')] })).toBe(
      '192.168.1.23',
    );
  });

  test('returns null when the machine has only loopback', () => {
    expect(pickLanAddress({ lo: [info('127.0.0.1', true)] })).toBeNull();
  });

  test('reads PUBLIC_URL (the address everyone reaches the server by) as an origin, and refuses a path or another scheme', () => {
    expect(loadConfig({}, '/srv').publicUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_URL: 'https://Live.Example.nl/' }, '/srv').publicUrl).toBe('https://live.example.nl');
    expect(loadConfig({ PUBLIC_URL: 'http://10.0.0.5:8080' }, '/srv').publicUrl).toBe('http://10.0.0.5:8080');
    for (const bad of ['live.example.nl', 'https://live.example.nl/mentorwijs', 'ftp://live.example.nl', 'https://live.example.nl/?x=1', 'https://user:pw@live.example.nl']) {
      expect(() => loadConfig({ PUBLIC_URL: bad }, '/srv')).toThrow(`PUBLIC_URL must be an http:// or https:// address without a path, like https://live.example.nl, got "${bad}"`);
    }
  });
});
