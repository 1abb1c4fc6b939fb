/** Saves a deck's PowerPoint version: reads its Markdown, parses it as the build does, writes `<outDir>/<deck>.pptx`. */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDeck } from '../../shared/deck/parse-deck.ts';
import { buildPresentation, pptxSlides } from './pptx-deck.ts';

export async function writeDeckPptx(options: { decksDir: string; deck: string; outDir: string }): Promise<{ file: string; slides: number }> {
  const source = join(options.decksDir, `${options.deck}.md`);
  const markdown = readFileSync(source, 'utf8');
  const deck = parseDeck(markdown, relative(process.cwd(), source), options.deck);
  const slides = pptxSlides(deck);
  const file = join(options.outDir, `${options.deck}.pptx`);
  await buildPresentation(deck.title, slides).writeFile({ fileName: file });
  return { file, slides: slides.length };
}
