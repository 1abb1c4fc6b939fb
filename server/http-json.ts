/** Small helpers for the HTTP routes: bounded JSON body reading and replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RejectionLog } from './rejection-log.ts';

/** What app.ts learned about a request before handing it to a route. */
/** `isRemote`: the request carries an active remote's cookie (decision 0086). */
export type RequestFacts = { path: string; ip: string; isTrainer: boolean; isRemote?: boolean };

const TRAINER_ONLY = 'only for the trainer: open the Trainer: link that npm start prints';

const MAX_BODY_BYTES = 4096;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'body must be a JSON object');
  }
}

/** The client hung up before its request was read: nothing the server did wrong. */
export function isAbortedRequest(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ECONNRESET';
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A trainer's route asked without the trainer credential. */
export function sendTrainerOnly(response: ServerResponse): void {
  sendJson(response, 401, { error: TRAINER_ONLY });
}

export function replyText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

export type ErrorReply = (response: ServerResponse, error: unknown, ip: string) => void;

/** How a route's failure is answered: its HttpError as JSON, anything else as a logged 500; a hang-up only counted. */
export function createErrorReply({ refusals, log }: { refusals: RejectionLog; log: (line: string) => void }): ErrorReply {
  return (response, error, ip) => {
    if (isAbortedRequest(error)) return refusals.record({ reason: 'aborted request', ip });
    const status = error instanceof HttpError ? error.status : 500;
    if (status === 500) log(`api error: ${(error as Error).stack}`);
    sendJson(response, status, { error: status === 500 ? 'server error' : (error as Error).message });
  };
}

/** A file an API route answers with instead of JSON (a download). */
export class FileReply {
  constructor(
    readonly type: string,
    readonly name: string,
    readonly bytes: string | Uint8Array,
  ) {}
}

export function sendFile(response: ServerResponse, status: number, file: FileReply): void {
  response.writeHead(status, { 'content-type': file.type, 'content-disposition': `attachment; filename="${file.name}"`, 'cache-control': 'no-store' });
  response.end(file.bytes);
}
