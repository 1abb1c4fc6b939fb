// The answer row: the trainer opens a question, every phone answers within the burst of seeing
// it. Timed: the stage change to every phone, and each answer from the phone's send to its
// arrival in the trainer's document; counted: answers sent and never at the trainer.
import { EXERCISE } from './bench-deck.mjs';
import { now, waitFor } from './processes.mjs';

export function answerRow({ server, phones, burstMs }) {
  const stageAt = new Map();
  const sent = new Map();
  const arrived = new Map();
  let matched = 0;
  let tallyMs = 0;
  let tallyPending = false;
  return {
    onEvent(event) {
      if (event.type === 'stage' && event.exerciseId === EXERCISE && event.status === 'open') stageAt.set(event.pid, event.at);
      else if (event.type === 'answered') {
        const key = `${event.exerciseId}/${event.pid}/${event.round}`;
        sent.set(key, event.at);
        if (arrived.has(key)) matched += 1;
      }
    },
    // The trainer's screen: every answer's arrival, and the tally the projector redraws after each change.
    onAnswers(event) {
      const at = now();
      for (const key of event.keysChanged) {
        if (arrived.has(key)) continue;
        arrived.set(key, at);
        if (sent.has(key)) matched += 1;
      }
      if (tallyPending) return;
      tallyPending = true;
      // Lit redraws a screen once per microtask checkpoint after a change: once per arriving message.
      queueMicrotask(() => {
        tallyPending = false;
        const start = performance.now();
        server.tally();
        tallyMs += performance.now() - start;
      });
    },
    tallyMs: () => tallyMs,
    async measure(result) {
      const stageStart = now();
      server.open();
      await waitFor(() => stageAt.size >= phones, 30_000);
      result.stageMs = [...stageAt.values()].map((at) => at - stageStart);
      result.stageSeen = stageAt.size;
      const done = await waitFor(() => sent.size >= stageAt.size && matched >= sent.size, burstMs + 60_000);
      result.burstMs = now() - stageStart;
      result.complete = done;
      result.sent = sent.size;
      result.arrived = [...sent.keys()].filter((key) => arrived.has(key)).length;
      // Sent by a phone and never at the trainer. (A phone too busy to send is counted by `arrived`.)
      result.lost = result.sent - result.arrived;
      result.answerMs = [...sent].filter(([key]) => arrived.has(key)).map(([key, at]) => arrived.get(key) - at);
    },
  };
}
