/**
 * A socket's life on the server as named steps, in the spirit of Hocuspocus's hooks:
 *
 *   authenticate → load → check write → after write → store
 *
 * upgrade.ts runs the first two for each connection, before the upgrade completes;
 * sync-connection.ts runs check write and after write for each update the socket sends; the
 * document's hub stores every change before it sends it on. Each step's work lives in the module
 * named beside it; this file only puts them together.
 */
import type { IncomingMessage } from 'node:http';
import { createAuthenticate, type Admission, type AuthenticateDependencies, type OtherSocket, type Refusal } from './authenticate.ts';
import type { DocHub } from './doc-hub.ts';
import { writeStepsFor, type WriteSteps } from './write-policy.ts';

export type Steps = {
  /** Who asks for which document, and may they connect (authenticate.ts, auth.ts). */
  authenticate(request: IncomingMessage): Promise<Admission | Refusal | OtherSocket>;
  /** The document the socket syncs, from the store on first use (rooms.ts, doc-hub.ts). */
  load(admission: Admission): Promise<DocHub>;
  /** Check write and after write for this connection's updates (write-policy.ts, guard.ts). */
  writesOf(admission: Admission, hub: DocHub): WriteSteps;
  // Store: not called per update, since the server's own writes are stored too (doc-hub.ts).
};

export function createSteps(deps: AuthenticateDependencies): Steps {
  return {
    authenticate: createAuthenticate(deps),
    load: ({ room, ref }) => room.hubFor(ref),
    writesOf: ({ room, ref, grant }, hub) => writeStepsFor(room, ref, grant, hub),
  };
}
