/**
 * Saves a deck's PowerPoint version: reads its Markdown, parses it as the build does, reads each
 * picture the slides show, writes `<outDir>/<deck>.pptx`. PNG and JPEG pictures go in as they
 * are; an SVG goes through `svgToPng`, which the caller brings (Node cannot draw an SVG; the
 * export script uses Chromium).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDeck } from '../../shared/deck/parse-deck.ts';
import { pictureData } from './picture-data.ts';
import { buildPresentation, type PictureData, pptxSlides } from './pptx-deck.ts';

export async function writeDeckPptx(options: {
  decksDir: string;
  deck: string;
  outDir: string;
  /** The SVG file drawn as PNG bytes. */
  svgToPng?: (file: string) => Promise<Uint8Array>;
}): Promise<{ file: string; slides: number; pictures: number }> {
  const source = join(options.decksDir, `${options.deck}.md`);
  const markdown = readFileSync(source, 'utf8');
  const deck = parseDeck(markdown, relative(process.cwd(), source), options.deck);
  const slides = pptxSlides(deck);
  const pictures = new Map<string, PictureData>();
  for (const src of new Set(slides.flatMap((slide) => slide.pictures.map((picture) => picture.src)))) {
    const file = join(options.decksDir, src);
    const name = relative(process.cwd(), file);
    if (!/\.svg$/i.test(src)) pictures.set(src, pictureData(readFileSync(file), name));
    else if (options.svgToPng) pictures.set(src, pictureData(await options.svgToPng(file), name));
    else throw new Error(`${name}: an SVG picture needs drawing as PNG first (npm run export does, in Chromium)`);
  }
  const file = join(options.outDir, `${options.deck}.pptx`);
  await buildPresentation(deck.title, slides, pictures).writeFile({ fileName: file });
  return { file, slides: slides.length, pictures: pictures.size };
}
