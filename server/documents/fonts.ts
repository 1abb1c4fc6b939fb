/**
 * The typefaces every document embeds: DejaVu from the pinned `dejavu-fonts-ttf` package, never the
 * machine's fonts or PDF's standard 14 (whose WinAnsi encoding cannot print "Łukasz" or "Nguyễn").
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Resolved once per process: the package ships the TTF files themselves (Bitstream Vera licence). */
export const FONT_FILES = {
  serif: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
  serifBold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  sans: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  sansBold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;
