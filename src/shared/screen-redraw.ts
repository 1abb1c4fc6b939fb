/**
 * How often at most a trainer's exercise screen redraws for changes in the room (milliseconds).
 * A hall's votes arrive by the hundred per second; a tally per message kept the projector seconds
 * behind. The screens (exercise-controller.ts) and the benchmark's simulated projector share it.
 */
export const SCREEN_REDRAW_EVERY_MS = 100;
