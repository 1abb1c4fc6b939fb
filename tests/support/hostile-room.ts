/** A room under attack: a trainer, an honest phone, and an attacker's seat to send raw updates with. */
import type { Limits } from '../../server/config.ts';
import type { ParticipantSession } from '../../src/sync/participant-session.ts';
import { participantDocName } from '../../src/shared/doc-names.ts';
import { joinRoom, type ParticipantSeat } from '../../src/sync/room-api.ts';
import { openAsParticipant, type RawSocket } from './raw-socket.ts';
import { connectParticipant, connectTrainer, startTestServer, type TestServer } from './test-server.ts';

export type HostileRoom = {
  server: TestServer;
  trainer: Awaited<ReturnType<typeof connectTrainer>>;
  /** A real participant session that joined first. */
  honest: ParticipantSession;
  /** A joined seat with no session: its credentials are for hand-driven sockets. */
  attacker: ParticipantSeat;
  /** A raw socket on `docName` with the attacker's credentials. */
  asAttacker(docName: string): Promise<RawSocket>;
  /** The attacker's own participant document. */
  ownDoc(): string;
  /** Destroys the honest phone and the trainer and closes the server; a second call does nothing. */
  close(): Promise<void>;
};

/** A server on port 0, a trainer's room for a fixture deck (`testdeck` by default), an honest phone and an attacker's seat. */
export async function startHostileRoom(options: { deck?: string; limits?: Partial<Limits> } = {}): Promise<HostileRoom> {
  const server = await startTestServer({ limits: options.limits });
  const trainer = await connectTrainer(server.origin, options.deck === undefined ? undefined : { deck: options.deck });
  const honest = await connectParticipant(server.origin, trainer.code);
  const attacker = await joinRoom(server.origin, trainer.code);
  let closed: Promise<void> | undefined;
  return {
    server,
    trainer,
    honest,
    attacker,
    asAttacker: (docName) => openAsParticipant(server.origin, attacker, docName),
    ownDoc: () => participantDocName(trainer.code, attacker.pid),
    close() {
      closed ??= (async () => {
        honest.destroy();
        trainer.destroy();
        await server.close();
      })();
      return closed;
    },
  };
}
