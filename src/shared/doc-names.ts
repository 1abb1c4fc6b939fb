/** Names of the Yjs documents of a room, as they appear in the WebSocket path. */

export type DocKind = 'stage' | 'results' | 'participant' | 'public' | 'inbox' | 'remote';
/** `pid`: the participant of a participant doc or an inbox; `remote`: the remote of a remote's command queue. */
export type DocRef = { code: string; kind: DocKind; pid?: string; remote?: string };

/** A participant id: 16 url-safe characters, issued by the server at join. */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

export function stageDocName(code: string): string {
  return `room/${code}/stage`;
}
export function resultsDocName(code: string): string {
  return `room/${code}/results`;
}
export function participantDocName(code: string, pid: string): string {
  return `room/${code}/p/${pid}`;
}
/** What every phone reads: the trainer's stage without what is private (written by the server). */
export function publicStageDocName(code: string): string {
  return `room/${code}/public`;
}
/** What one phone alone reads: its role card, whether its text is on screen (written by the server). */
export function inboxDocName(code: string, pid: string): string {
  return `room/${code}/inbox/${pid}`;
}

/** A remote's id (decision 0086): 12 url-safe characters, issued by the server when the trainer makes the remote. */
export const REMOTE_ID_PATTERN = /^[A-Za-z0-9_-]{12}$/;

/** What every document name of a room starts with (to find them all in the store). */
export function roomDocPrefix(code: string): string {
  return `room/${code}/`;
}

/** The reverse of the builders above (and of remoteDocName in remote/schema.ts); null for anything else. */
export function parseDocName(name: string): DocRef | null {
  const parts = name.split('/');
  if (parts[0] !== 'room' || !parts[1]) return null;
  const code = parts[1];
  if (parts.length === 3 && (parts[2] === 'stage' || parts[2] === 'results' || parts[2] === 'public')) {
    return { code, kind: parts[2] };
  }
  if (parts.length === 4 && PARTICIPANT_ID_PATTERN.test(parts[3])) {
    if (parts[2] === 'p') return { code, kind: 'participant', pid: parts[3] };
    if (parts[2] === 'inbox') return { code, kind: 'inbox', pid: parts[3] };
  }
  if (parts.length === 4 && parts[2] === 'remote' && REMOTE_ID_PATTERN.test(parts[3])) return { code, kind: 'remote', remote: parts[3] };
  return null;
}
