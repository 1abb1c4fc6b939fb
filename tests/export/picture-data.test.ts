import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pictureData } from '../../src/tools/export/picture-data.ts';

const MEDIA = join(import.meta.dirname, '../fixtures/decks/media');

/** The start of a baseline JPEG: SOI, an APP0 segment, then the frame header SOF0 with height 300 and width 640. */
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x02, 0x80, 0x03, 0x01, 0x22, 0x00]);

describe('pictureData', () => {
  test('reads a PNG\'s size from its header and passes its bytes on as they are', () => {
    const bytes = readFileSync(join(MEDIA, 'landschap.png'));
    const picture = pictureData(bytes, 'landschap.png');
    expect(picture).toMatchObject({ type: 'png', width: 800, height: 450 });
    expect(picture.data).toBe(bytes);
  });

  test('reads a JPEG\'s size from its frame header, past the segments before it', () => {
    expect(pictureData(JPEG, 'foto.jpg')).toMatchObject({ type: 'jpeg', width: 640, height: 300 });
  });

  test('refuses an SVG, naming the file: it must be drawn as PNG first', () => {
    expect(() => pictureData(readFileSync(join(MEDIA, 'achtergrond.svg')), 'media/achtergrond.svg')).toThrow('media/achtergrond.svg: not a PNG or JPEG picture');
  });
});
