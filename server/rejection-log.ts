/**
 * Refusals written as one summary line per period instead of one line each: a phone that sends
 * thousands of bad frames a second must not fill the disk with log (9 MB per 100,000 before).
 */

export type Refusal = {
  /** What was refused, e.g. "4400 malformed" or "aborted request". */
  reason: string;
  ip: string;
  /** What this one sent, already safe for a log line (see guard.ts `quoted`). */
  detail?: string;
};

export type RejectionLog = {
  record(refusal: Refusal): void;
  /** Writes what was counted since the last line and stops the timer. */
  stop(): void;
};

/** Calls `tick` every `ms` until the returned function is called. */
export type Every = (tick: () => void, ms: number) => () => void;

const everyInterval: Every = (tick, ms) => {
  const timer = setInterval(tick, ms);
  // A summary pending must not keep a stopping process alive; stop() writes it.
  timer.unref();
  return () => clearInterval(timer);
};

export function createRejectionLog({ log, periodMs, every = everyInterval }: { log: (line: string) => void; periodMs: number; every?: Every }): RejectionLog {
  /** Per reason: how many, and the first one's detail as an example. */
  const counts = new Map<string, { count: number; example?: string }>();
  const addresses = new Set<string>();

  const writeSummary = () => {
    if (counts.size === 0) return;
    const reasons = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([reason, { count, example }]) => `${reason} ×${count}${example === undefined ? '' : ` (e.g. ${example})`}`);
    const from = `${addresses.size} ${addresses.size === 1 ? 'address' : 'addresses'}`;
    log(`refused in the last ${periodName(periodMs)}: ${reasons.join(', ')} from ${from}`);
    counts.clear();
    addresses.clear();
  };
  const cancel = every(writeSummary, periodMs);

  return {
    record({ reason, ip, detail }) {
      const counted = counts.get(reason);
      if (counted) counted.count += 1;
      else counts.set(reason, { count: 1, example: detail });
      addresses.add(ip);
    },
    stop() {
      cancel();
      writeSummary();
    },
  };
}

function periodName(ms: number): string {
  return ms === 60_000 ? 'minute' : `${ms / 1000} s`;
}
