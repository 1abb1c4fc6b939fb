/**
 * Reads a PDF back the way a viewer does (Mozilla's pdf.js), for tests of generated documents:
 * each page's size and its text as lines, and which fonts the file carries inside it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type PdfPage = { width: number; height: number; lines: string[] };

export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; title: string | undefined }> {
  // pdf.js takes ownership of the buffer it is given; hand it a copy so the caller's bytes stay usable.
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      let line = '';
      const lines: string[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (!item.hasEOL) continue;
        lines.push(...flush(line));
        line = '';
      }
      lines.push(...flush(line));
      pages.push({ width: Math.round(x1 - x0), height: Math.round(y1 - y0), lines });
    }
    const { info } = await document.getMetadata();
    return { pages, title: (info as { Title?: string }).Title };
  } finally {
    await document.destroy();
  }
}

function flush(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === '' ? [] : [trimmed];
}

/**
 * The fonts a PDF embeds, by their PostScript names (`ABCDEF+DejaVuSans`), and the fonts it only
 * names. A font embedded as a TrueType or OpenType program has a FontFile2 or FontFile3 stream.
 * pdfkit writes object dictionaries uncompressed, so the dictionaries can be read from the bytes.
 */
export function fontsIn(bytes: Uint8Array): { embedded: string[]; named: string[] } {
  const text = Buffer.from(bytes).toString('latin1');
  const descriptors = [...text.matchAll(/\/Type \/FontDescriptor[\s\S]*?>>/g)].map(([dict]) => dict);
  const embedded = descriptors.filter((dict) => /\/FontFile[23]\b/.test(dict)).map((dict) => /\/FontName \/([^\s/]+)/.exec(dict)?.[1] ?? '?');
  const named = [...new Set([...text.matchAll(/\/BaseFont \/([^\s/]+)/g)].map(([, name]) => name))];
  return { embedded, named };
}

export type RenderedPage = { png: Buffer; width: number; height: number; pixels: Uint8ClampedArray };

/** Draws one page as pdf.js would on screen (its Node canvas), at `scale` pixels per point. */
export async function renderPage(bytes: Uint8Array, pageNumber: number, scale = 1.5): Promise<RenderedPage> {
  const document = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const factory = document.canvasFactory as { create(width: number, height: number): NodeCanvasPair };
    const { canvas, context } = factory.create(viewport.width, viewport.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    return { png: canvas.toBuffer('image/png'), width: canvas.width, height: canvas.height, pixels: data };
  } finally {
    await document.destroy();
  }
}

/** pdf.js in Node draws on @napi-rs/canvas, whose canvas also encodes PNG. */
type NodeCanvasPair = {
  canvas: HTMLCanvasElement & { toBuffer(type: 'image/png'): Buffer };
  context: CanvasRenderingContext2D;
};

/** How many pixels are within `tolerance` of the colour `#rrggbb`. */
export function countColour(page: RenderedPage, hex: string, tolerance = 12): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  let count = 0;
  for (let i = 0; i < page.pixels.length; i += 4) {
    if (Math.abs(page.pixels[i] - r) <= tolerance && Math.abs(page.pixels[i + 1] - g) <= tolerance && Math.abs(page.pixels[i + 2] - b) <= tolerance) count++;
  }
  return count;
}
