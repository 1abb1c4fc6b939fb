/**
 * What the rehearsal tool prints: how many phones are connected, and per exercise (and round,
 * situation or scene) how many answers were sent. Collects events from every worker. Pure.
 */
import type { FleetEvent } from './phone-fleet.ts';

export function createStatus(totalPhones: number) {
  const syncedPerWorker = new Map<number, number>();
  const answers = new Map<string, number>();
  let printedConnected = -1;
  const printedAnswers = new Map<string, number>();

  return {
    add(worker: number, event: FleetEvent): void {
      if (event.type === 'joined') syncedPerWorker.set(worker, event.synced);
      if (event.type === 'answered') {
        const label = `${event.exerciseId} (ronde ${event.round}${event.slot ? `, ${event.slot}` : ''})`;
        answers.set(label, (answers.get(label) ?? 0) + 1);
      }
    },
    /** The lines that changed since the last call. */
    lines(): string[] {
      const lines: string[] = [];
      const connected = [...syncedPerWorker.values()].reduce((sum, n) => sum + n, 0);
      if (connected !== printedConnected) {
        printedConnected = connected;
        lines.push(`${connected} ${connected === 1 ? 'telefoon' : 'telefoons'} verbonden${connected < totalPhones ? ` (van ${totalPhones})` : ''}`);
      }
      for (const [label, count] of answers) {
        if (printedAnswers.get(label) === count) continue;
        printedAnswers.set(label, count);
        lines.push(`${label}: ${count} ${count === 1 ? 'antwoord' : 'antwoorden'} verstuurd`);
      }
      return lines;
    },
  };
}
