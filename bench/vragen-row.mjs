// The vragen row: a hall asking and voting (`::: vragen`, moderation off). Each phone asks one
// question within askMs, then casts its votes at random moments of the next voteMs (well inside
// the seat's budget). Timed: a vote's write to the first top 10 the projector drew with it; also
// the bytes per second each phone receives of what every phone sees. A vote the projector never
// counted is looked up in the server's own copy of the room's answers, read afresh after the
// burst, to tell a vote lost or refused on the way from one the trainer's side never drew.
import { SCREEN_REDRAW_EVERY_MS as REDRAW_EVERY_MS } from '../build/src/shared/screen-redraw.js';
import { createVoteMatcher, missingVotes, votesIn, votesSettled } from '../build/src/tools/simulate/bench-votes.js';
import { VRAGEN } from './bench-deck.mjs';
import { now, sleep, waitFor } from './processes.mjs';

export const VOTING = { askMs: 5000, voteMs: 15_000, votes: 3 };
/** How long a vote may take to show before it counts as missing; and how long no new vote means the phones are done. */
const SHOW_WAIT_MS = 30_000;
const QUIET_MS = 5000;
/** A vote not at the server when the wait ends is looked up once more this much later: late, or lost for good. */
const RECHECK_MS = 15_000;

export function vragenRow({ server, phones }) {
  const votes = [];
  let asked = 0;
  let lastReportAt = 0;
  const matcher = createVoteMatcher();
  // The projector redraws its top 10 as the screens do (exercise-controller.ts): at once after a
  // quiet spell, then at most once per SCREEN_REDRAW_EVERY_MS; a vote counts as shown once that is done.
  let tallyMs = 0;
  const waiting = new Set();
  let redrawTimer;
  let redrawDue = false;
  const redrawTop = () => {
    const start = performance.now();
    server.vragenTop();
    const end = now();
    tallyMs += performance.now() - start;
    for (const key of waiting) matcher.shown(key, votesIn(server.answers.get(key)), end);
    waiting.clear();
    redrawTimer = setTimeout(() => {
      redrawTimer = undefined;
      if (!redrawDue) return;
      redrawDue = false;
      redrawTop();
    }, REDRAW_EVERY_MS);
  };
  return {
    onEvent(event) {
      if (event.type === 'asked') asked += 1;
      else if (event.type === 'voted') {
        votes.push(event);
        lastReportAt = now();
      }
    },
    onAnswers(event) {
      for (const key of event.keysChanged) if (key.startsWith(`${VRAGEN}/`)) waiting.add(key);
      if (redrawTimer === undefined) redrawTop();
      else redrawDue = true;
    },
    tallyMs: () => tallyMs,
    async measure(result, { workers }) {
      const bytesBefore = await workers.receivedBytes();
      const start = now();
      server.openVragen();
      await sleep(VOTING.askMs + VOTING.voteMs);
      const expected = phones * VOTING.votes;
      const settle = { showWaitMs: SHOW_WAIT_MS, quietMs: QUIET_MS };
      // Every vote gets its SHOW_WAIT_MS from its own write, also one a starved phone process sent late.
      await waitFor(() => votesSettled(votes, { expected, lastReportAt, now: now() }, matcher, settle), 3 * SHOW_WAIT_MS);
      const seconds = (now() - start) / 1000;
      const bytesAfter = await workers.receivedBytes();
      result.bytesPerPhonePerS = bytesBefore === null || bytesAfter === null ? null : (bytesAfter - bytesBefore) / phones / seconds;
      result.asked = asked;
      // One list for every figure below: votes reported from here on are in none of them.
      const sent = [...votes];
      result.votesSent = sent.length;
      result.lastVoteAfterWindowMs = Math.max(0, ...sent.map((vote) => vote.at)) - (start + VOTING.askMs + VOTING.voteMs);
      const latencies = sent.map((vote) => matcher.latencyOf(vote)).filter((ms) => ms !== null);
      result.votesShown = latencies.length;
      result.voteMs = latencies;
      const serverAnswers = await server.serverAnswers();
      const missing = missingVotes(sent, matcher, serverAnswers);
      result.answersAtServer = [...serverAnswers.keys()].filter((key) => key.startsWith(`${VRAGEN}/`)).length;
      result.votesAtServer = [...serverAnswers].reduce((sum, [key, recorded]) => sum + (key.startsWith(`${VRAGEN}/`) ? votesIn(recorded) : 0), 0);
      result.votesAtTrainer = [...server.answers].reduce((sum, [key, recorded]) => sum + (key.startsWith(`${VRAGEN}/`) ? votesIn(recorded) : 0), 0);
      // Phone processes starved of CPU (other work on the machine; they run below the server's
      // priority) report only some of their votes in time: the figures then cover those only, and
      // the row must say so rather than look met.
      result.phonesUnderReported = sent.length < result.votesAtServer;
      result.complete = latencies.length === sent.length && !result.phonesUnderReported;
      result.votesNotAtServer = missing.notAtServer.length;
      result.votesAtServerNotShown = missing.notShown.length;
      result.firstMissingVotes = [...missing.notAtServer, ...missing.notShown].slice(0, 5);
      if (missing.notAtServer.length > 0) {
        await sleep(RECHECK_MS);
        result.votesNotAtServerLater = missingVotes(missing.notAtServer, createVoteMatcher(), await server.serverAnswers()).notAtServer.length;
      }
      clearTimeout(redrawTimer);
    },
  };
}
