/**
 * Joining a room when the server says "too many joins at once" (429: a hall behind one address
 * all scanning together): try again by itself after a short, spread-out pause, so a person in
 * the hall does not have to tap again. Any other refusal is for the person to read.
 */
import { ApiError } from './room-api.ts';

export type JoinRetryOptions = {
  wait: (ms: number) => Promise<void>;
  /** 0 ≤ random() < 1: spreads the hall's retries so they do not arrive in waves. */
  random: () => number;
  /** Called before each pause, with the number of the attempt that was refused. */
  onBusy?: (attempt: number) => void;
  /** About two minutes of trying by default; then the last refusal is thrown. */
  maxAttempts?: number;
};

export async function joinWithRetry<T>(join: () => Promise<T>, { wait, random, onBusy, maxAttempts = 120 }: JoinRetryOptions): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await join();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 429) || attempt >= maxAttempts) throw error;
      onBusy?.(attempt);
      await wait(500 + random() * 1000);
    }
  }
}

/** A pause for `joinWithRetry`. */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
