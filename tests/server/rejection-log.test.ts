import { describe, expect, test } from 'vitest';
import { createRejectionLog } from '../../server/rejection-log.ts';

/** A log and a period that ends when the test says so. */
function setUp(periodMs = 60_000) {
  const lines: string[] = [];
  let endPeriod = () => {};
  let isCancelled = false;
  const rejections = createRejectionLog({
    log: (line) => lines.push(line),
    periodMs,
    every: (tick) => {
      endPeriod = tick;
      return () => (isCancelled = true);
    },
  });
  return { rejections, lines, endPeriod: () => endPeriod(), isCancelled: () => isCancelled };
}

describe('createRejectionLog', () => {
  test('writes one line per period with the count of each reason and how many addresses sent them', () => {
    const { rejections, lines, endPeriod } = setUp();
    for (let i = 0; i < 50; i++) rejections.record({ reason: '4400 malformed', ip: `10.0.0.${i % 2}`, detail: 'text frame' });
    for (let i = 0; i < 17; i++) rejections.record({ reason: '4403 forbidden', ip: '10.0.0.9', detail: 'read-only connection sent new content' });
    expect(lines).toEqual([]);
    endPeriod();
    expect(lines).toEqual([
      'refused in the last minute: 4400 malformed ×50 (e.g. text frame), ' +
        '4403 forbidden ×17 (e.g. read-only connection sent new content) from 3 addresses',
    ]);
  });

  test('counts each period afresh and writes nothing for a period without refusals', () => {
    const { rejections, lines, endPeriod } = setUp();
    rejections.record({ reason: '4429 flood', ip: '10.0.0.1', detail: 'message rate over the limit' });
    endPeriod();
    endPeriod();
    rejections.record({ reason: '4429 flood', ip: '10.0.0.1', detail: 'message rate over the limit' });
    endPeriod();
    expect(lines).toEqual([
      'refused in the last minute: 4429 flood ×1 (e.g. message rate over the limit) from 1 address',
      'refused in the last minute: 4429 flood ×1 (e.g. message rate over the limit) from 1 address',
    ]);
  });

  test('names a period that is not a minute in seconds, and leaves out an example when there is none', () => {
    const { rejections, lines, endPeriod } = setUp(5_000);
    rejections.record({ reason: 'aborted request', ip: '10.0.0.1' });
    endPeriod();
    expect(lines).toEqual(['refused in the last 5 s: aborted request ×1 from 1 address']);
  });

  test('writes what it counted when it stops, and stops its timer', () => {
    const { rejections, lines, isCancelled } = setUp();
    rejections.record({ reason: '4413 tooLarge', ip: '10.0.0.1', detail: '20480 bytes' });
    rejections.stop();
    expect(isCancelled()).toBe(true);
    expect(lines).toEqual(['refused in the last minute: 4413 tooLarge ×1 (e.g. 20480 bytes) from 1 address']);
  });
});
