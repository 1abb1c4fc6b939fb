/**
 * Dates and figures the way a Dutch reader writes them: "12 maart 2027", "4,3". Fixed month names
 * instead of Intl, so the output does not depend on the ICU data a Node build happens to carry.
 */

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A calendar date as ISO `YYYY-MM-DD` (no time, no zone: a session is on a day, wherever it is printed). */
export type IsoDate = string;

/** "2027-03-12" → "12 maart 2027". Throws on anything that is not a real calendar date. */
export function formatDutchDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) throw new RangeError(`geen datum: ${date}`);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "12 maart 2027 tot en met 9 april 2027"; one date when the first and last are the same day. */
export function formatDutchDateRange(first: IsoDate, last: IsoDate): string {
  return first === last ? formatDutchDate(first) : `${formatDutchDate(first)} tot en met ${formatDutchDate(last)}`;
}

/** A mean with one decimal and a decimal comma: 4.25 → "4,3". */
export function formatDecimal(value: number, digits = 1): string {
  return value.toFixed(digits).replace('.', ',');
}

/** "4 van 5 bijeenkomsten" (one session is "bijeenkomst"). */
export function formatAttendance(attended: number, sessions: number): string {
  return `${attended} van ${sessions} ${sessions === 1 ? 'bijeenkomst' : 'bijeenkomsten'}`;
}

/** "Anna de Wit en Joost Bakker"; three or more with commas before the last "en". */
export function joinDutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
