import type { CredentialRegistry } from '../auth/credentials';
import type { EventStream } from '../events/eventStream';
import type { IngestSocket } from '../ingest/ingestSocket';
import type { HubServer } from '../socket/connection';
import type { OverlayFeed } from '../socket/overlayFeed';

export interface Revocable {
  io: HubServer;
  overlays: Pick<OverlayFeed, 'revoke'>;
  ingestSocket: Pick<IngestSocket, 'revoke'>;
  events: Pick<EventStream, 'revoke'>;
}

/** Close the app's sockets opened with `secret`, telling each why first (`revoked`); how many. */
function revokeAppSockets(io: HubServer, secret: string): number {
  let n = 0;
  for (const socket of io.of('/').sockets.values()) {
    if (socket.handshake.auth?.token !== secret) continue;
    socket.emit('revoked', { code: 'credential_rotated' });
    socket.disconnect(true);
    n++;
  }
  return n;
}

/**
 * Rotation takes effect at once: when a credential is rotated, every socket (app, /overlay,
 * /ingest) and event stream that came in with the secret it replaced is closed with
 * `credential_rotated` — unless that secret still opens something (the owner token always does).
 * Expiry alone closes nothing: a join code only stops letting new devices in.
 */
export function revokeOnRotation(credentials: CredentialRegistry, doors: Revocable): () => void {
  return credentials.onChange(({ rotated, previous }) => {
    if (!rotated || !previous || credentials.verify(previous)) return;
    revokeAppSockets(doors.io, previous);
    doors.overlays.revoke(previous);
    doors.ingestSocket.revoke(previous);
    doors.events.revoke(previous);
  });
}
