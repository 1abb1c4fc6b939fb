import { describe, expect, it } from 'vitest';
import { batchesOf, parseSimulateArgs } from '../../src/tools/simulate/cli-options.ts';

describe('npm run simulate options', () => {
  it('reads the server and the room from the Join URL the QR code holds', () => {
    const options = parseSimulateArgs(['--join', 'http://192.168.1.23:8080/join?code=abc-234', '--phones', '40', '--speed=5', '--seed', '9']);
    expect(options).toEqual({ origin: 'http://192.168.1.23:8080', code: 'ABC234', phones: 40, perWorker: 250, seed: 9, speed: 5, nickname: 'Oefen' });
  });

  it('takes a code with a server instead, and no nicknames when asked', () => {
    expect(parseSimulateArgs(['--code', 'ABC 234', '--server', 'http://localhost:9000', '--no-names'])).toMatchObject({
      origin: 'http://localhost:9000',
      code: 'ABC234',
      phones: 15,
    });
    expect(parseSimulateArgs(['--code', 'ABC234', '--no-names'])).not.toHaveProperty('nickname');
  });

  it.each([
    [['--phones', '3'], /give the room/],
    [['--code', 'ABC23I'], /not a room code/],
    [['--join', 'not a url'], /--join must be a URL/],
    [['--code', 'ABC234', '--phones', '0'], /--phones must be/],
    [['--code', 'ABC234', '--speed', '0'], /--speed must be/],
    [['--code', 'ABC234', '--colour', 'red'], /unknown option --colour/],
  ])('refuses %j', (args, message) => {
    expect(() => parseSimulateArgs(args)).toThrow(message);
  });

  it('spreads phones evenly over workers of at most the given size', () => {
    expect(batchesOf(5, 250)).toEqual([{ firstIndex: 0, count: 5 }]);
    expect(batchesOf(501, 250)).toEqual([
      { firstIndex: 0, count: 167 },
      { firstIndex: 167, count: 167 },
      { firstIndex: 334, count: 167 },
    ]);
  });
});
