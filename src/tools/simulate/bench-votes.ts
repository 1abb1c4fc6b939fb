/**
 * The vragen row's bookkeeping, kept apart from the bench's sockets and processes: when did the
 * projector's top 10 first count a phone's vote, and, for a vote it never counted, where did it
 * stop (never at the server, or at the server and not on the projector).
 */

/** A phone's report that it wrote its answer holding `votes` votes (bench-phones.ts). */
export type SentVote = { pid: string; exerciseId: string; round: number; votes: number; at: number };

/** The projector's top 10 of the questions from the hall. */
export const topTen = <Q>(tally: { questions: Q[] }): Q[] => tally.questions.slice(0, 10);

export const answerKeyOf = ({ exerciseId, pid, round }: { exerciseId: string; pid: string; round: number }): string => `${exerciseId}/${pid}/${round}`;

/** How many votes an answer holds as recorded in the results (`{ value: { votes } }`); 0 for anything else. */
export function votesIn(recorded: unknown): number {
  const votes = (recorded as { value?: { votes?: unknown } } | undefined)?.value?.votes;
  return Array.isArray(votes) ? votes.length : 0;
}

export type VoteMatcher = {
  /** The projector redrew its top 10 at `at` with the answer `key` holding `votes` votes. */
  shown(key: string, votes: number, at: number): void;
  /** Milliseconds from the vote's write to the first redraw that counted it, or null while none has. */
  latencyOf(vote: SentVote): number | null;
};

/**
 * A phone's votes only grow, and each write carries all of them: the first redraw made with the
 * answer holding at least the vote's count is the one that showed it. (Matching on the count, not
 * on time, so a redraw a few ms before the vote in another process's clock never counts.)
 */
export function createVoteMatcher(): VoteMatcher {
  const redraws = new Map<string, [votes: number, at: number][]>();
  return {
    shown(key, votes, at) {
      const list = redraws.get(key);
      if (list) list.push([votes, at]);
      else redraws.set(key, [[votes, at]]);
    },
    latencyOf(vote) {
      const seen = redraws.get(answerKeyOf(vote))?.find(([votes]) => votes >= vote.votes);
      return seen ? seen[1] - vote.at : null;
    },
  };
}

export type MissingVotes = {
  /** Votes the server's own copy of the answer does not hold: lost on the way, or refused. */
  notAtServer: SentVote[];
  /** Votes the server holds but the projector never counted: the trainer's side or the bench's matching. */
  notShown: SentVote[];
};

/** Sorts the votes the projector never counted by where they stopped, against the server's answers read afresh. */
export function missingVotes(votes: SentVote[], matcher: VoteMatcher, serverAnswers: ReadonlyMap<string, unknown>): MissingVotes {
  const missing: MissingVotes = { notAtServer: [], notShown: [] };
  for (const vote of votes) {
    if (matcher.latencyOf(vote) !== null) continue;
    if (votesIn(serverAnswers.get(answerKeyOf(vote))) >= vote.votes) missing.notShown.push(vote);
    else missing.notAtServer.push(vote);
  }
  return missing;
}

/**
 * Whether the bench may stop waiting for votes at `now`: every vote the phones were to cast has been
 * reported (or no report has come in for `quietMs` since `lastReportAt`: a phone with nothing left
 * to vote for casts fewer), and each has been shown or has had `showWaitMs` since its write. A phone
 * process short of CPU sends some votes, and its reports, late; stopping once the votes reported so
 * far were shown counted those written a moment before as never shown.
 */
export function votesSettled(
  votes: SentVote[],
  { expected, lastReportAt, now }: { expected: number; lastReportAt: number; now: number },
  matcher: VoteMatcher,
  { showWaitMs, quietMs }: { showWaitMs: number; quietMs: number },
): boolean {
  if (votes.length < expected && now - lastReportAt < quietMs) return false;
  return votes.every((vote) => matcher.latencyOf(vote) !== null || now - vote.at >= showWaitMs);
}
