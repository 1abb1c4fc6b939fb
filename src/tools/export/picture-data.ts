/** A PNG or JPEG file's type and size in pixels, read from its header, for the PowerPoint export. Pure. */
import type { PictureData } from './pptx-deck.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The picture as PowerPoint takes it; throws for anything but PNG or JPEG (an SVG must be rasterised first). */
export function pictureData(bytes: Uint8Array, name: string): PictureData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    return { data: bytes, type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Walk the segments to the frame header (SOF0-SOF15 but DHT, JPG and DAC), which holds the size.
    for (let at = 2; at + 9 < bytes.length; at += 2 + view.getUint16(at + 2)) {
      if (bytes[at] !== 0xff) break;
      const marker = bytes[at + 1];
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
        return { data: bytes, type: 'jpeg', width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
      }
    }
  }
  throw new Error(`${name}: not a PNG or JPEG picture PowerPoint can show`);
}
