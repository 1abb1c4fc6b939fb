/**
 * Limits *successful* joins per address, so one person cannot take a thousand seats in a second,
 * while a hall behind one NAT address still gets in: a large burst, then a steady refill.
 */

type Budget = { tokens: number; last: number };

export function createJoinLimiter({ burst, perSecond, now }: { burst: number; perSecond: number; now: () => number }) {
  const budgets = new Map<string, Budget>();
  const refilled = (budget: Budget, time: number) => Math.min(burst, budget.tokens + ((time - budget.last) / 1000) * perSecond);
  // An empty budget is full again after this long; sweeping that often keeps only recent addresses.
  const refillMs = (burst / perSecond) * 1000;
  let lastSweep = now();

  /** An address whose budget is full again is the same as one never seen: forget it. */
  function sweep(time: number) {
    for (const [ip, budget] of budgets) if (refilled(budget, time) >= burst) budgets.delete(ip);
  }

  return {
    /** Spends one join of this address's budget; false when it has none left for now. */
    take(ip: string): boolean {
      const time = now();
      if (time - lastSweep >= refillMs) {
        sweep(time);
        lastSweep = time;
      }
      const budget = budgets.get(ip) ?? { tokens: burst, last: time };
      budget.tokens = refilled(budget, time);
      budget.last = time;
      budgets.set(ip, budget);
      if (budget.tokens < 1) return false;
      budget.tokens -= 1;
      return true;
    },
    /** How many addresses it remembers (for the test that it forgets). */
    trackedAddresses: () => budgets.size,
  };
}
export type JoinLimiter = ReturnType<typeof createJoinLimiter>;
