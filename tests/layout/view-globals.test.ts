/**
 * A kind's views get what lies outside them from the page (the live room, storage, the earlier
 * room's loader come through context), so a test or another page can give them its own. Here
 * a view that reaches for the browser's globals itself fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function viewFiles(): string[] {
  return readdirSync(join(root, 'src/kinds'), { recursive: true, encoding: 'utf8' })
    .map((path) => posix.join('src/kinds', path.split('\\').join('/')))
    .filter((path) => /\/views\/[^/]+\.ts$/.test(path));
}

describe("the kinds' views", () => {
  it('exist where this test looks', () => {
    expect(viewFiles()).toContain('src/kinds/scale/views/mw-scale-phone.ts');
  });

  it('never read localStorage, sessionStorage or location themselves', () => {
    const reaching = viewFiles().filter((file) => /\b(localStorage|sessionStorage|location\.)/.test(readFileSync(join(root, file), 'utf8')));
    expect(reaching).toEqual([]);
  });
});
