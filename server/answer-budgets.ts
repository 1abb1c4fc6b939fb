/**
 * How fast one seat may change its answer to an exercise whose kind sets a `seatBudget`
 * (questions from the hall): a token bucket per seat and exercise, kept by the room, so a phone
 * that reconnects or opens a second socket does not start afresh.
 */
import type { BaseDefinition } from '../src/shared/kind/kind.ts';
import { modelFor } from '../src/kinds/registry.ts';
import { createKeyedLimiter, type KeyedLimiter } from './rate-limit.ts';

export type AnswerBudgets = {
  /** Spends one change of `pid` on exercise `definition`; false when its budget is used up for now. Kinds without a budget always pass. */
  take(pid: string, definition: BaseDefinition): boolean;
};

export function createAnswerBudgets(now: () => number): AnswerBudgets {
  /** One limiter per budget (kinds may set different ones), keyed by seat and exercise. */
  const limiters = new Map<string, KeyedLimiter>();
  return {
    take(pid, definition) {
      const budget = modelFor(definition.kind)?.seatBudget;
      if (!budget) return true;
      const name = `${budget.burst}/${budget.perSecond}`;
      let limiter = limiters.get(name);
      if (!limiter) limiters.set(name, (limiter = createKeyedLimiter({ ...budget, now })));
      return limiter.take(`${pid}/${definition.id}`);
    },
  };
}
