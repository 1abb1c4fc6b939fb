/**
 * What a trainer types to create a leergang (a training group), checked and cleaned before it is
 * stored: a name, the organisation, the trainers' names and optional planned dates of the five
 * sessions. Pure.
 */
import { cleanText, isCleanText } from '../src/shared/clean-text.ts';

export const SESSION_COUNT = 5;
const MAX_TEXT = 80;
const MAX_TRAINERS = 4;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type GroupInput = {
  name: string;
  organisation: string;
  trainers: string[];
  /** Per session 1-5, `YYYY-MM-DD` or null when not planned yet. */
  plannedDates: (string | null)[];
};

/** Thrown with a Dutch message the start page shows as it is. */
export class GroupInputError extends Error {}

export function readGroupInput(body: Record<string, unknown>): GroupInput {
  const name = text(body.name, 'De naam van de leergang', true);
  const organisation = text(body.organisation, 'De organisatie', false);
  const trainers = (Array.isArray(body.trainers) ? body.trainers : [])
    .map((trainer) => text(trainer, 'Een trainersnaam', false))
    .filter(Boolean);
  if (trainers.length > MAX_TRAINERS) throw new GroupInputError(`Hoogstens ${MAX_TRAINERS} trainers.`);
  const dates = Array.isArray(body.plannedDates) ? body.plannedDates : [];
  if (dates.length > SESSION_COUNT) throw new GroupInputError(`Hoogstens ${SESSION_COUNT} datums, één per bijeenkomst.`);
  const plannedDates = Array.from({ length: SESSION_COUNT }, (_, i) => plannedDate(dates[i], i + 1));
  return { name, organisation, trainers, plannedDates };
}

function text(value: unknown, what: string, required: boolean): string {
  if (value !== undefined && value !== null && typeof value !== 'string') throw new GroupInputError(`${what} moet tekst zijn.`);
  const cleaned = cleanText(typeof value === 'string' ? value : '', MAX_TEXT);
  if (required && !cleaned) throw new GroupInputError(`${what} ontbreekt.`);
  if (!isCleanText(cleaned)) throw new GroupInputError(`${what} bevat tekens die niet kunnen.`);
  return cleaned;
}

function plannedDate(value: unknown, session: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  const valid = typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  if (!valid) throw new GroupInputError(`De datum van bijeenkomst ${session} is geen datum (jjjj-mm-dd).`);
  return value;
}
