/** How a tool without a browser (tests, benchmark, export) shows the trainer key: a request header. */
export const TRAINER_KEY_HEADER = 'x-trainer-key';

/** The headers that carry the trainer key; a browser needs none (it has the cookie). */
export function trainerKeyHeaders(key: string): Record<string, string> {
  return { [TRAINER_KEY_HEADER]: key };
}
