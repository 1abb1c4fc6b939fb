/** Names of the Yjs documents of a room, as they appear in the WebSocket path. */

export type DocKind = 'stage' | 'results' | 'participant';
export type DocRef = { code: string; kind: DocKind; pid?: string };

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

/** The reverse of the builders above; null for anything else. */
export function parseDocName(name: string): DocRef | null {
  const parts = name.split('/');
  if (parts[0] !== 'room' || !parts[1]) return null;
  const code = parts[1];
  if (parts.length === 3 && (parts[2] === 'stage' || parts[2] === 'results')) {
    return { code, kind: parts[2] };
  }
  if (parts.length === 4 && parts[2] === 'p' && PARTICIPANT_ID_PATTERN.test(parts[3])) {
    return { code, kind: 'participant', pid: parts[3] };
  }
  return null;
}
