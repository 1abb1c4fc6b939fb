/** The clock time a break ends, as the pause slide shows it ("15:20"): pure, so it is tested without a browser. */

/**
 * `now` plus `minutes`, on the local clock, as hours:minutes. Seconds round up to the next
 * minute: a return time a few seconds early would shorten the break, never lengthen it.
 */
export function returnTime(now: Date, minutes: number): string {
  const end = new Date(now.getTime() + minutes * 60_000);
  if (end.getSeconds() > 0 || end.getMilliseconds() > 0) end.setMinutes(end.getMinutes() + 1, 0, 0);
  return `${end.getHours()}:${String(end.getMinutes()).padStart(2, '0')}`;
}
