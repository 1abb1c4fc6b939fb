// The follow row: phones following the slides. The trainer steps through a slide's fragments and
// on to the next slide; each step is timed from the trainer's write to every phone's public stage
// `view` showing it (on the relay the trainer writes the view into the shared document itself).
import { now, sleep, waitFor } from './processes.mjs';

// A slide's three fragments one by one, then the next slide; a step every 1.5 s.
export const FOLLOW_STEPS = [-1, 0, 1, 2].map((f) => ({ h: 2, v: 0, f })).concat({ h: 3, v: 0, f: -1 });
export const STEP_MS = 1500;
const stepOf = ({ h, v, f }) => `${h}/${v}/${f + 1}`;

export function followRow({ server, phones }) {
  const views = [];
  return {
    onEvent(event) {
      if (event.type === 'view') views.push(event);
    },
    async measure(result) {
      const wroteAt = new Map();
      for (const position of FOLLOW_STEPS) {
        wroteAt.set(stepOf(position), now());
        server.step(position);
        await sleep(STEP_MS);
      }
      const expected = phones * FOLLOW_STEPS.length;
      const last = stepOf(FOLLOW_STEPS.at(-1));
      await waitFor(() => views.filter((view) => view.step === last).length >= phones, 30_000);
      const seen = views.filter((view) => wroteAt.has(view.step));
      result.viewMs = seen.map((view) => view.at - wroteAt.get(view.step));
      result.viewsSeen = seen.length;
      result.viewsExpected = expected;
      // A phone may skip a step when two come quickly after each other; here they are 1.5 s apart.
      result.complete = seen.length >= expected;
    },
  };
}
