/**
 * The bewijs van deelname: one A4 landscape page per member, calm and plain (a frame, the name
 * large, what and when and with whom). Pure input: the leergang hands in what to print.
 */
import { formatAttendance, formatDutchDateRange, type IsoDate } from './dutch-format.ts';
import { createPdf, type Pdf, useFont } from './pdf-file.ts';

export type CertificateData = {
  /** As the member typed it (the trainer may have corrected it); printed as given, NFC-normalised. */
  name: string;
  training: string;
  group: string;
  organisation: string;
  firstSession: IsoDate;
  lastSession: IsoDate;
  attended: number;
  sessions: number;
  trainers: readonly string[];
};

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#2c5d63';

const NAME_SIZE = { largest: 40, smallest: 18 };

export function renderCertificate(data: CertificateData): Promise<Uint8Array> {
  return renderCertificates([data]);
}

/** One file, one page per member, in the order given. */
export function renderCertificates(list: readonly CertificateData[]): Promise<Uint8Array> {
  if (list.length === 0) throw new RangeError('geen deelnemers om een bewijs voor te maken');
  list.forEach(checkCertificate);
  const title = list.length === 1 ? `Bewijs van deelname – ${clean(list[0].name)}` : `Bewijzen van deelname – ${list[0].group}`;
  const { pdf, finish } = createPdf({ title, layout: 'landscape', margin: 0 });
  for (const data of list) drawCertificate(pdf, data);
  return finish();
}

/** A blank or impossible certificate is a bug upstream; refuse it rather than print it. */
function checkCertificate(data: CertificateData): void {
  if (clean(data.name) === '') throw new RangeError('een bewijs van deelname heeft een naam nodig');
  if (!Number.isInteger(data.attended) || data.attended < 0 || data.attended > data.sessions) {
    throw new RangeError(`aanwezig ${data.attended} van ${data.sessions} kan niet`);
  }
}

/** Names typed on a phone may arrive decomposed (e + combining marks); print the composed letters. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function drawCertificate(pdf: Pdf, data: CertificateData): void {
  pdf.addPage();
  const { width, height } = pdf.page;
  drawFrame(pdf, width, height);

  const left = 90;
  const textWidth = width - 2 * left;
  const centred = { width: textWidth, align: 'center' as const };

  useFont(pdf, 'sans', 12).fillColor(ACCENT).text(data.training.toUpperCase(), left, 92, { ...centred, characterSpacing: 4 });
  useFont(pdf, 'serif', 34).fillColor(INK).text('Bewijs van deelname', left, 118, centred);
  rule(pdf, width / 2 - 40, width / 2 + 40, 172);

  useFont(pdf, 'serif', 14).fillColor(MUTED).text('Hierbij verklaren wij dat', left, 196, centred);
  const name = clean(data.name);
  useFont(pdf, 'serifBold', nameSize(pdf, name, textWidth)).fillColor(INK).text(name, left, 226, centred);

  const below = Math.max(pdf.y + 16, 296);
  useFont(pdf, 'serif', 16).fillColor(INK);
  pdf.text(`heeft deelgenomen aan de training ${data.training}`, left, below, centred);
  pdf.moveDown(1);
  const details = [`${clean(data.group)} · ${clean(data.organisation)}`, formatDutchDateRange(data.firstSession, data.lastSession), `${formatAttendance(data.attended, data.sessions)} bijgewoond`];
  useFont(pdf, 'sans', 12).fillColor(MUTED);
  for (const line of details) pdf.text(line, { ...centred, lineGap: 6 });

  drawTrainers(pdf, data.trainers.map(clean), width, height);
}

/** The largest size (down to a floor) at which the name fits on one line; past the floor it wraps. */
function nameSize(pdf: Pdf, name: string, width: number): number {
  pdf.font('serifBold');
  for (let size = NAME_SIZE.largest; size > NAME_SIZE.smallest; size -= 2) {
    if (pdf.fontSize(size).widthOfString(name) <= width) return size;
  }
  return NAME_SIZE.smallest;
}

function drawFrame(pdf: Pdf, width: number, height: number): void {
  pdf.save().lineWidth(1.5).strokeColor(ACCENT).rect(28, 28, width - 56, height - 56).stroke();
  pdf.lineWidth(0.5).rect(36, 36, width - 72, height - 72).stroke().restore();
}

function rule(pdf: Pdf, from: number, to: number, y: number): void {
  pdf.save().lineWidth(1).strokeColor(ACCENT).moveTo(from, y).lineTo(to, y).stroke().restore();
}

/** Each trainer above a short line, side by side near the foot, like signatures without the ink. */
function drawTrainers(pdf: Pdf, trainers: readonly string[], width: number, height: number): void {
  if (trainers.length === 0) return;
  const slot = Math.min(220, (width - 180) / trainers.length);
  const start = (width - slot * trainers.length) / 2;
  const lineY = height - 112;
  trainers.forEach((trainer, i) => {
    const x = start + i * slot + 15;
    useFont(pdf, 'serif', 13).fillColor(INK).text(trainer, x, lineY - 22, { width: slot - 30, align: 'center', lineBreak: false });
    pdf.save().lineWidth(0.5).strokeColor(MUTED).moveTo(x, lineY).lineTo(x + slot - 30, lineY).stroke().restore();
  });
  const label = trainers.length === 1 ? 'trainer' : 'trainers';
  useFont(pdf, 'sans', 10).fillColor(MUTED).text(label, 0, lineY + 8, { width, align: 'center' });
}
