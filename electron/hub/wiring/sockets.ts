import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { SOCKET_PATH } from '../../../shared/protocol/socket';
import type { HubOptions } from '../hubContract';
import type { Broadcaster } from '../broadcaster';
import { createConnectorRegistry } from '../connectors/connectorRegistry';
import type { IngestDoor } from '../ingest/ingestHttp';
import { installIngestSocket, type IngestSocket } from '../ingest/ingestSocket';
import type { Room } from '../room/room';
import { originAllowed, type AccessPolicy } from '../socket/access';
import { handleConnection, type HubServer, type HubSocket } from '../socket/connection';
import { installConnectionCap } from '../socket/connectionCap';
import { createHandshakePacer } from '../socket/handshakePacer';
import { createSnapshotDesk } from '../socket/snapshotDesk';
import type { Admission } from '../socket/handshake';
import { installHandshake } from '../socket/handshake';
import { installOverlayFeed, type OverlayFeed } from '../socket/overlayFeed';
import type { SourceManager } from '../sources/manager';

type SocketOptions = Pick<HubOptions, 'maxMessageBytes' | 'maxConnectionsPerAddress' | 'rate' | 'snapshotIntervalMs' | 'unbatchedSnapshots'>;
export type Counters = { invalid: number; rateLimited: number; refusedHandshakes: number };

const DEFAULT_RATE = { perSecond: 20, burst: 40 };

/** socket.io on the hub's HTTP server: origin check, credential handshake, per-address cap, and the overlay namespace. */
export function openSockets(
  httpServer: HttpServer, opts: SocketOptions,
  deps: { policy: AccessPolicy; admission: Admission; counters: Counters; room: Room; now: () => number },
): { io: HubServer; overlays: OverlayFeed } {
  const { policy, admission, counters } = deps;
  // A storm of connections is upgraded a few per loop turn (the bench's unbatched baseline: at once, as before).
  const pace = opts.unbatchedSnapshots ? null : createHandshakePacer();
  const io: HubServer = new Server(httpServer, {
    path: SOCKET_PATH,
    serveClient: false,
    maxHttpBufferSize: opts.maxMessageBytes ?? 4 * 1024 * 1024,
    pingInterval: 5000,
    pingTimeout: 8000,
    allowRequest: (req, cb) => {
      if (!originAllowed(req, policy)) return cb(null, false);
      if (pace) pace(() => cb(null, true));
      else cb(null, true);
    },
  });
  installHandshake(io, policy, admission, counters);
  installConnectionCap(io, opts.maxConnectionsPerAddress ?? 64, counters);
  const overlays = installOverlayFeed(io, { policy, admission, room: deps.room, now: deps.now, counters, rate: opts.rate ?? DEFAULT_RATE });
  return { io, overlays };
}

/** The app's sockets (main namespace): snapshot, deltas, commands, sync. */
export function serveRoom(io: HubServer, opts: SocketOptions, deps: { room: Room; now: () => number; broadcaster: Broadcaster; counters: Counters }): void {
  const { room, now, broadcaster, counters } = deps;
  const snapshots = createSnapshotDesk(io, { room, now, afterFlush: broadcaster.afterFlush, ...(opts.unbatchedSnapshots ? { unbatched: { flushNow: broadcaster.flushNow } } : {}) });
  io.on('connection', (socket) => handleConnection(io, socket as HubSocket, {
    room, now, flushSoon: broadcaster.flushSoon, snapshots, counters, rate: opts.rate ?? DEFAULT_RATE,
    snapshotIntervalMs: opts.snapshotIntervalMs ?? 1000,
  }));
}

/** The ingest door's socket (`/ingest`): capture tools' events, and platform connectors that say hello and join the room's sources. */
export function serveIngest(io: HubServer, ingest: IngestDoor, sources: SourceManager, room: Room): IngestSocket {
  return installIngestSocket(io, ingest, createConnectorRegistry({
    add: (id, spec) => sources.add(id, spec), start: (id) => sources.start(id), list: () => sources.list(),
  }, () => room.show.products.map((p) => p.id)));
}
