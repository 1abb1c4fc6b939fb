import { describe, expect, test } from 'vitest';
import { isPublicInDev, isRemotePageInDev } from '../../src/tools/dev-public-paths.ts';

const CODE = ['/repo/src', '/repo/node_modules', '/real/node_modules'];

describe('isPublicInDev', () => {
  test.each([
    '/join',
    '/join.html',
    '/favicon.svg',
    '/@vite/client',
    '/@fs/repo/src/client/join/main.ts',
    '/@fs/real/node_modules/.vite/deps/lit.js',
    '/@id/__x00__@oxc-project+runtime@0.156.0/helpers/esm/decorate.js',
  ])('lets a phone fetch %s', (path) => {
    expect(isPublicInDev(path, CODE)).toBe(true);
  });

  test.each([
    '/',
    '/deck',
    '/deck.html',
    '/moderate',
    '/@id/__x00__virtual:decks',
    '/@id/__x00__virtual:deck/sessie-1',
    '/@fs/repo/decks/sessie-1.md',
    '/@fs/repo/decks/media/foto.png',
    '/@fs/repo/src/../decks/sessie-1.md',
    '/@fs/repo/src%2F..%2Fdecks/sessie-1.md',
    '/@fs/repo/srcx/file.ts',
    '/@fs/repo/data/LOG',
    '/__open-in-editor',
    '/@fs/repo/src/%E0%A4%A',
  ])('keeps %s the trainer\'s', (path) => {
    expect(isPublicInDev(path, CODE)).toBe(false);
  });

  test('a remote opens its own page, and no trainer\'s page', () => {
    for (const path of ['/remote', '/remote.html']) expect(isRemotePageInDev(path)).toBe(true);
    for (const path of ['/', '/deck', '/moderate', '/remote/../deck', '/remotex']) expect(isRemotePageInDev(path)).toBe(false);
  });
});
