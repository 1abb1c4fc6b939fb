/**
 * `npm run export` carries a deck's pictures into the PowerPoint: an SVG chart drawn by Chromium
 * as a PNG at twice its size in the light theme, a PNG photo as it is, each with its text
 * alternative, on slides in the theme's colours. Opens the .pptx as the zip it is.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { COLORS } from '../../src/tools/export/pptx-deck.ts';
import { tempDir } from '../support/test-server.ts';

const ROOT = join(import.meta.dirname, '../..');
const DECK = 'grafieken';
const MEDIA = join(ROOT, 'tests/fixtures/decks/media');

describe('npm run export: pictures in the PowerPoint (fixture deck "grafieken")', () => {
  const out = tempDir('mw-export-pictures-');
  let output = '';
  let zip: JSZip;

  beforeAll(async () => {
    const args = ['scripts/export.mjs', '--dist', 'dist-fixtures', '--decks', 'tests/fixtures/decks', '--deck', DECK, '--pptx', DECK, '--out', out];
    ({ stdout: output } = await promisify(execFile)(process.execPath, args, { cwd: ROOT }));
    zip = await JSZip.loadAsync(readFileSync(join(out, `${DECK}.pptx`)));
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** The media parts a slide's pictures show, with their description. */
  async function picturesOf(slide: number) {
    const xml = await zip.file(`ppt/slides/slide${slide}.xml`)!.async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${slide}.xml.rels`)!.async('string');
    return Promise.all(
      [...xml.matchAll(/<p:pic>[\s\S]*?descr="([^"]*)"[\s\S]*?r:embed="(rId\d+)"[\s\S]*?<\/p:pic>/g)].map(async ([, alt, id]) => {
        const target = new RegExp(`Id="${id}"[^>]*Target="\\.\\./(media/[^"]+)"`).exec(rels)![1];
        return { alt, part: `ppt/${target}`, bytes: await zip.file(`ppt/${target}`)!.async('nodebuffer') };
      }),
    );
  }

  test('says how many pictures it carried', () => {
    expect(output).toContain(`${DECK}.pptx  4 dia's, 2 afbeeldingen`);
  });

  test('the chart slide shows the SVG as a PNG at twice its size, with its text alternative as description', async () => {
    const [chart, ...others] = await picturesOf(2);
    expect(others).toEqual([]);
    expect(chart.alt).toBe('Staafdiagram: staaf A is 2, staaf B is 4.');
    expect(chart.part).toMatch(/^ppt\/media\/[\w-]+\.png$/);
    const png = decodePng(chart.bytes);
    // staven.svg is 600×300.
    expect([png.width, png.height]).toEqual([1200, 600]);
    // Drawn in the light theme (the bar's light colour, not its dark one), on a transparent ground.
    expect(png.pixel(320, 440)).toEqual([0x2f, 0x7f, 0x8f, 255]);
    expect(png.pixel(10, 10)[3]).toBe(0);
  });

  test('the photo slide shows the PNG as it is', async () => {
    const [photo] = await picturesOf(3);
    expect(photo.alt).toBe('Een landschap met heuvels en een zon');
    expect(photo.bytes.equals(readFileSync(join(MEDIA, 'landschap.png')))).toBe(true);
  });

  test('a slide without a picture has none, and every slide is in the theme\'s colours', async () => {
    expect(await picturesOf(4)).toEqual([]);
    for (const slide of [1, 2, 3, 4]) {
      const xml = await zip.file(`ppt/slides/slide${slide}.xml`)!.async('string');
      expect(xml, `slide ${slide}`).toMatch(new RegExp(`<p:bg>[\\s\\S]*<a:srgbClr val="${COLORS.background}"`));
      expect(xml, `slide ${slide}`).toContain(`<a:srgbClr val="${COLORS.accent}"/>`);
    }
  });
});

/** An 8-bit RGBA or RGB PNG, unfiltered, enough to read a pixel of what Chromium wrote. */
function decodePng(bytes: Buffer) {
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const channels = bytes[25] === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    const above = rows[y - 1] ?? Buffer.alloc(stride);
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] : 0;
      const up = above[i];
      const corner = i >= channels ? above[i - channels] : 0;
      const paeth = () => {
        const p = left + up - corner;
        const [a, b, c] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        return a <= b && a <= c ? left : b <= c ? up : corner;
      };
      const predictor = [0, left, up, (left + up) >> 1, filter === 4 ? paeth() : 0][filter];
      line[i] = (line[i] + predictor) & 0xff;
    }
    rows.push(line);
  }
  return {
    width,
    height,
    pixel: (x: number, y: number) => [...rows[y].subarray(x * channels, x * channels + channels)].concat(channels === 3 ? [255] : []),
  };
}
