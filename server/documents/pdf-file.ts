/**
 * A pdfkit document set up the way every download here needs it: A4, Dutch, the DejaVu fonts
 * registered by name, and the bytes collected into one Uint8Array when it ends.
 */
import PDFDocument from 'pdfkit';
import { FONT_FILES, type FontName } from './fonts.ts';

export type Pdf = PDFKit.PDFDocument;

export type PdfSettings = {
  title: string;
  layout: 'portrait' | 'landscape';
  margin: number;
  /** Keep pages in memory until the end, so a footer can say "pagina 2 van 3". */
  bufferPages?: boolean;
};

/** Starts a document; draw on `pdf`, then await `finish()` for the file. */
export function createPdf(settings: PdfSettings): { pdf: Pdf; finish: () => Promise<Uint8Array> } {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: settings.layout,
    margin: settings.margin,
    bufferPages: settings.bufferPages ?? false,
    // The first font is ours, so pdfkit never loads (or writes) its built-in Helvetica.
    font: FONT_FILES.sans,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: settings.title, Creator: 'Mentorwijs Live' },
    autoFirstPage: false,
  });
  for (const [name, file] of Object.entries(FONT_FILES)) pdf.registerFont(name, file);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);
  });
  return {
    pdf,
    finish: () => {
      pdf.end();
      return done;
    },
  };
}

/** Names the registered fonts, so a typo is a type error rather than a file lookup. */
export function useFont(pdf: Pdf, font: FontName, size: number): Pdf {
  return pdf.font(font).fontSize(size);
}
