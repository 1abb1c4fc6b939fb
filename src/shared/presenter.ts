/**
 * One presenter at a time (decision 0092). Several trainer laptops may open the same room's deck
 * (a co-trainer through the leergang's session link); only the one the stage names as presenter
 * writes the stage, the others follow it. A device is one browser: its id is kept in that
 * browser's storage (src/client/deck/device-id.ts), so a reload or a crash keeps presenting.
 */

/** The key of STAGE.map naming the presenting device (see room-schema.ts); never on the public stage. */
export const PRESENTER_KEY = 'presenter';

/** Whether `device` presents a room whose stage names `named`: it is named, or nobody is (an old room, the first open). */
export function isPresenter(named: unknown, device: string): boolean {
  return typeof named !== 'string' || named === '' || named === device;
}
