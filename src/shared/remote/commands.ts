/**
 * The trainer's phone as remote (decision 0086): what it asks of the deck, as a queue of commands
 * in a document only that remote writes. The deck, the one writer of the stage, applies each
 * command once, in order, and acknowledges it in the stage; the remote then drops what was
 * acknowledged. So a press on the laptop and one on the phone at the same moment are two writes
 * to two documents, and neither is lost. Pure: the server checks a command with the same code.
 */
import { isPlainData } from '../plain-data.ts';
import { STAGE_ACTIONS, type StageAction } from '../room-schema.ts';

/** The remote's document: Y.Map `commands`, String(id) → RemoteCommand. */
export const REMOTE = { commands: 'commands' } as const;

/** At most this many commands wait in a remote's queue: a remote drops each one the deck acknowledged. */
export const MAX_QUEUED_COMMANDS = 50;
/** A kind's own move by the name of its button on the screen (`data-move`, e.g. `meerderheid`). */
const MOVE_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const SLIDE_COMMANDS = ['next', 'prev'] as const;
export type SlideCommand = (typeof SLIDE_COMMANDS)[number];

/**
 * `exercise`: the exercise the button was pressed for; the deck ignores the command when another
 * exercise is on screen by then (a "reveal" meant for one must not reveal the next).
 */
export type RemoteCommand =
  | { id: number; command: SlideCommand }
  | { id: number; command: StageAction; exercise: string }
  /** `move`: the name of one of the kind's own buttons on the exercise's screen (decision 0086). */
  | { id: number; command: 'move'; exercise: string; move: string };

const hasOnlyKeys = (value: object, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));

/** Whether `value` is a command the remote may queue under `key` (its id as text). */
export function isRemoteCommand(key: string, value: unknown): value is RemoteCommand {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainData(value)) return false;
  const { id, command, exercise } = value as Record<string, unknown>;
  if (!Number.isSafeInteger(id) || (id as number) < 1 || key !== String(id)) return false;
  if ((SLIDE_COMMANDS as readonly unknown[]).includes(command)) return hasOnlyKeys(value, ['id', 'command']);
  if (typeof exercise !== 'string' || !EXERCISE_ID.test(exercise)) return false;
  if ((STAGE_ACTIONS as readonly unknown[]).includes(command)) return hasOnlyKeys(value, ['id', 'command', 'exercise']);
  if (command !== 'move') return false;
  const move = (value as { move?: unknown }).move;
  return typeof move === 'string' && MOVE_NAME.test(move) && hasOnlyKeys(value, ['id', 'command', 'exercise', 'move']);
}

const idOf = (key: string) => (/^[1-9]\d{0,15}$/.test(key) ? Number(key) : null);

/**
 * What the deck does with a remote's queue, given the last id it acknowledged: the commands to
 * apply, in order of id, and the id to acknowledge after them. An entry it does not know (a
 * command this deck cannot do) is skipped but acknowledged, so it never blocks the queue; one
 * already acknowledged is never applied again, however often the queue arrives (a reconnect).
 */
export function commandsToApply(entries: Iterable<[string, unknown]>, acknowledged: number): { commands: RemoteCommand[]; last: number } {
  const waiting = [...entries]
    .map(([key, value]) => ({ key, id: idOf(key), value }))
    .filter((entry): entry is { key: string; id: number; value: unknown } => entry.id !== null && entry.id > acknowledged)
    .sort((a, b) => a.id - b.id);
  return {
    commands: waiting.filter(({ key, value }) => isRemoteCommand(key, value)).map(({ value }) => value as RemoteCommand),
    last: waiting.at(-1)?.id ?? acknowledged,
  };
}

/** The id the remote gives its next command: above every queued one and every acknowledged one. */
export function nextCommandId(keys: Iterable<string>, acknowledged: number): number {
  let highest = acknowledged;
  for (const key of keys) highest = Math.max(highest, idOf(key) ?? 0);
  return highest + 1;
}

/** The queued commands the deck has acknowledged: the remote deletes them, keeping its queue short. */
export function acknowledgedKeys(keys: Iterable<string>, acknowledged: number): string[] {
  return [...keys].filter((key) => (idOf(key) ?? 0) <= acknowledged);
}
