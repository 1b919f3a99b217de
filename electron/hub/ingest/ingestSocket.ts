import type { Server, Socket } from 'socket.io';
import type { Revoked } from '../../../shared/protocol/socket';
import { ConnectorHello, ConnectorStatus, type HelloReply } from '../../../shared/protocol/connector';
import { INGEST_NAMESPACE } from '../../../shared/protocol/http';
import type { ConnectorRegistry } from '../connectors/connectorRegistry';
import type { ConnectorLink, RemoteConnector } from '../connectors/remoteConnector';
import { parseMessage } from './ingestBatch';
import type { IngestDoor } from './ingestHttp';
import { ingestBatch } from './ingestReply';

export interface IngestSocket {
  /** Close every `/ingest` socket opened with `secret` (rotated away), telling it why first (`revoked`); how many. */
  revoke(secret: string): number;
}

/**
 * The WebSocket variant of the ingest door for long-running feeds: socket.io namespace `/ingest`,
 * the ingest token in the handshake (`auth: { token }` or `?token=`); each `events` message is one
 * LiveEvent or an array of them, and its ack is the same reply as POST /api/ingest. Wrong tokens
 * count against the address like POST's (refused with `throttled` once over the limit).
 */
export function installIngestSocket(io: Pick<Server, 'of'>, door: IngestDoor, connectors?: ConnectorRegistry): IngestSocket {
  const nsp = io.of(INGEST_NAMESPACE);
  const tokenOf = (socket: Socket): unknown => {
    const auth: unknown = socket.handshake.auth;
    const fromAuth = auth && typeof auth === 'object' && 'token' in auth ? (auth as { token: unknown }).token : undefined;
    return fromAuth ?? socket.handshake.query.token;
  };
  nsp.use((socket, next) => {
    const token = tokenOf(socket);
    const address = socket.handshake.address;
    const wait = door.admission.retryAfterMs(address);
    if (wait > 0) {
      const retryAfterSec = Math.ceil(wait / 1000);
      return next(Object.assign(new Error(`too many wrong ingest tokens: retry in ${retryAfterSec} s`), { data: { code: 'throttled', retryAfterSec } }));
    }
    if (typeof token === 'string' && door.token.verify(token)) return next();
    door.admission.fail(address);
    next(Object.assign(new Error('invalid ingest token'), { data: { code: 'unauthorized' } }));
  });
  nsp.on('connection', (socket) => {
    // A platform connector says hello first (shared/protocol/connector.ts); its events then feed its own source.
    let connector: RemoteConnector | null = null;
    const link: ConnectorLink = { act: (action, timeoutMs) => socket.timeout(timeoutMs).emitWithAck('action', action) };
    socket.on('events', (payload: unknown, ack?: unknown) => {
      const reply = ingestBatch(connector ?? door.source, parseMessage(payload));
      if (typeof ack === 'function') ack(reply ?? { error: { code: 'source_stopped' } });
    });
    socket.on('hello', (payload: unknown, ack?: unknown) => {
      const hello = ConnectorHello.safeParse(payload);
      let reply: HelloReply;
      if (!connectors) reply = { ok: false, error: 'connectors are not accepted here' };
      else if (!hello.success || connector) reply = { ok: false, error: connector ? 'hello already said' : 'invalid hello' };
      else {
        connector = connectors.hello(link, hello.data);
        reply = { ok: true, sourceId: hello.data.kind, productIds: connectors.productIds() };
      }
      if (typeof ack === 'function') ack(reply);
    });
    socket.on('status', (payload: unknown) => {
      const status = ConnectorStatus.safeParse(payload);
      if (connector && status.success) connector.report(link, status.data);
    });
    socket.on('disconnect', () => connector?.detach(link));
  });
  return {
    revoke(secret) {
      let n = 0;
      for (const socket of nsp.sockets.values()) {
        if (tokenOf(socket) !== secret) continue;
        socket.emit('revoked', { code: 'credential_rotated' } satisfies Revoked);
        socket.disconnect(true);
        n++;
      }
      return n;
    },
  };
}
