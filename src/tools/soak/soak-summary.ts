/** The soak's closing figures, printed by `npm run soak` and by the soak test: heap sizes are reported here, not asserted. */
import type { SoakReport } from './soak-run.ts';

export function summarizeSoak(report: SoakReport): string {
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  const grew = report.after.heapUsedMb - report.level.heapUsedMb;
  const { freed, held } = report.after.freedDocs;
  return (
    `${report.exercisesPlayed} exercises played, ${report.answersSeen} answers seen by the trainer, ${report.reconnects} reconnects.\n` +
    `server heap after a full GC: at start ${mb(report.before.heapUsedMb)}; after a warm-up room closed ${mb(report.level.heapUsedMb)}; ` +
    `peak in the session ${mb(report.peak.heapUsedMb)}; after the session's room closed ${mb(report.after.heapUsedMb)} ` +
    `(${grew >= 0 ? '+' : ''}${mb(grew)} against the warm level); rooms in memory: ${report.after.rooms}; ` +
    `documents of closed rooms still reachable: ${held} of ${freed}`
  );
}
