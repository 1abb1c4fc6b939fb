import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../../../src/shared/deck/parse-deck.ts';
import type { FeedbackDefinition } from '../../../src/kinds/feedback/model.ts';

const FILE = join(import.meta.dirname, '../../fixtures/decks/feedback-drills.md');

describe('the feedback drills deck (content for session 5)', () => {
  const drills = Object.values(parseDeck(readFileSync(FILE, 'utf8'), FILE, 'feedback-drills').exercises) as FeedbackDefinition[];

  test('holds the fourteen statements, each judged on the same eight criteria with an explanation and a better version', () => {
    expect(drills).toHaveLength(14);
    for (const drill of drills) {
      expect(drill.kind).toBe('feedback');
      expect(drill.criteria.map((c) => c.text)).toEqual(drills[0].criteria.map((c) => c.text));
      expect(drill.criteria).toHaveLength(8);
      expect(drill.explanation.length).toBeGreaterThan(20);
      expect(drill.better.length).toBeGreaterThan(5);
    }
  });

  test('has good examples that meet every criterion and poor ones that meet few', () => {
    const meets = Object.fromEntries(drills.map((drill) => [drill.id, drill.meets.length]));
    expect(meets.handschoenen).toBe(8);
    expect(meets['checklist-vijf-orders']).toBe(8);
    expect(meets['gewoon-lui']).toBeLessThanOrEqual(2);
    expect(drills.filter((drill) => drill.rewrite).length).toBeGreaterThanOrEqual(5);
  });
});
