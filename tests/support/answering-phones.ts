/**
 * Phones without a browser that answer whatever the trainer opens, at once: the simulate tool's
 * phones (each kind's `sampleAnswer`), but every text as long as the exercise allows and shared,
 * so the projector gets the longest cards and rewrites a room can send.
 */
import WebSocket from 'ws';
import { expect, vi } from 'vitest';
import { createRandom, phoneSeed } from '../../src/shared/seeded-random.ts';
import { joinGuardedPhone, type ConnectedPhone } from '../../src/tools/simulate/phone-links.ts';
import { startSimulatedPhone, type PhoneLink } from '../../src/tools/simulate/simulated-phone.ts';

export type AnsweringPhones = { stop(): void };

/** Sentences a manager might type, repeated until the exercise's maximum length is reached. */
const FILLER = [
  'Ik neem er de tijd voor en vraag daarna hoe het ging.',
  'Samen met de jobcoach spreek ik vaste momenten af om terug te kijken.',
  'Wat goed gaat, benoem ik letterlijk, zodat hij weet wat hij moet vasthouden.',
];

function lengthen(text: string | undefined, max: number): string {
  let long = text ?? '';
  for (let i = 0; long.length < max; i++) long = `${long} ${FILLER[i % FILLER.length]}`.trim();
  return long.slice(0, max).trim();
}

/** A sample answer with its free text at the maximum length and, where a phone may share, shared. */
function longAnswer(prompt: { kind?: string; max?: number; rewrite?: boolean }, value: unknown): unknown {
  const max = prompt.max ?? 0;
  if (prompt.kind === 'open' && typeof value === 'string') return lengthen(value, max);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (prompt.kind === 'opdracht') return { ...record, text: lengthen(record.text as string, max), share: true };
  if (prompt.kind === 'feedback' && prompt.rewrite) return { ...record, rewrite: lengthen(record.rewrite as string | undefined, max) };
  if (prompt.kind === 'terugblik') return { ...record, story: lengthen(record.story as string | undefined, max), share: true };
  return value;
}

function answeringLongly(phone: ConnectedPhone): PhoneLink {
  return {
    ...phone,
    answer(id, value) {
      const prompt = (phone.current()?.state.prompt ?? {}) as Parameters<typeof longAnswer>[0];
      phone.answer(id, longAnswer(prompt, value));
    },
  };
}

/** Joins `count` phones to the room with this code (named "Deelnemer 1", …) and waits until each is in sync. */
export async function startAnsweringPhones(origin: string, code: string, count: number): Promise<AnsweringPhones> {
  const phones: ConnectedPhone[] = [];
  const stops: (() => void)[] = [];
  for (let i = 0; i < count; i++) {
    const phone = await joinGuardedPhone(origin, code, WebSocket);
    phone.setNickname(`Deelnemer ${i + 1}`);
    phones.push(phone);
  }
  await vi.waitFor(() => expect(phones.every((phone) => phone.isSynced())).toBe(true), { timeout: 10_000 });
  for (const [i, phone] of phones.entries()) {
    const random = createRandom(phoneSeed(13, i));
    const { stop } = startSimulatedPhone({
      link: answeringLongly(phone),
      random,
      // As soon as the trainer opens something: the fit is measured with every answer in, not the wait.
      delayMs: () => 0,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
      report: () => undefined,
    });
    stops.push(stop);
  }
  return {
    stop() {
      for (const stop of stops) stop();
      for (const phone of phones) phone.destroy();
    },
  };
}
