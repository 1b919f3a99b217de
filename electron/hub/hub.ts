import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Hub, HubOptions } from './hubContract';
import { ActionDesk } from './actions/actionDesk';
import { createHandoffs } from './http/handoff';
import { defaultDataDir, defaultStaticDir } from './paths';
import { installRejectionLog } from './processGuard';
import { createAdmission } from './socket/handshake';
import { appHandler } from './wiring/app';
import { wireCredentials } from './wiring/credentials';
import { openIngestDoor, wireDoors } from './wiring/doors';
import { wireRoomEvents } from './wiring/events';
import { roomFanout } from './wiring/fanout';
import { hubLinks } from './wiring/links';
import { listen } from './wiring/listen';
import { revokeOnRotation } from './wiring/revocation';
import { openHubSession } from './wiring/session';
import { hubCloser } from './wiring/shutdown';
import { openSockets, serveIngest, serveRoom, type Counters } from './wiring/sockets';
import { wireSources } from './wiring/sources';

export type { Hub, HubOptions } from './hubContract';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/**
 * Start a hub: HTTP (renderer, /healthz, /api, the ingest/control/event doors) + socket.io + one
 * room fed by its sources. Each step is one module of ./wiring; this is their order.
 */
export async function startHub(opts: HubOptions = {}): Promise<Hub> {
  const now = opts.now ?? Date.now;
  const host = opts.host ?? '127.0.0.1';
  installRejectionLog();
  const dataDir = opts.dataDir ?? defaultDataDir();
  const roomId = opts.roomId ?? 'main';
  const counters: Counters = { invalid: 0, rateLimited: 0, refusedHandshakes: 0 };
  let url = '';

  // The room, and who may come in (the room first: a data folder the journal cannot use stops here, with the journal's own error).
  const { room, journal, riskWeights, recording } = openHubSession(opts, { dataDir, roomId, now });
  const { token, credentials, policy, store: credentialStore } = wireCredentials(opts, { lan: !isLoopback(host), now, dataDir });
  const admission = createAdmission({ now });
  const handoffs = createHandoffs({ now });
  const { feed, webhooks } = wireRoomEvents(room, opts, { dataDir, now });
  const ingest = openIngestDoor(credentials, now);
  const ingestUrl = () => `${url}/api/ingest?token=${encodeURIComponent(ingest.token.value)}`;

  // Sockets, and the room's deltas out to them.
  let onRequest: ((req: IncomingMessage, res: ServerResponse) => void) | null = null; // set below; no request arrives before listen
  const httpServer = createServer((req, res) => onRequest!(req, res));
  const { io, overlays } = openSockets(httpServer, opts, { policy, admission, counters, room, now });
  const broadcaster = roomFanout(opts, { room, roomId, journal, io, overlays, feed, now });
  serveRoom(io, opts, { room, now, broadcaster, counters });

  // What feeds the room, and what acts on the platform through it.
  const { sources, sourceControl, sourceStore, stopStorageWatch } = wireSources(opts, {
    room, roomId, journal, broadcaster, ingest, ingestUrl, dataDir, now, storageExtras: { recording, credentials: credentialStore.mode },
  });
  const ingestSocket = serveIngest(io, ingest, sources, room);
  const actions = new ActionDesk({
    now, sources: () => sources.actionable(), publish: (state) => { room.actions.set(state); broadcaster.flushSoon(); },
    record: journal ? (rec) => journal.noteAction(rec) : undefined,
  });
  // The kill switch and log as the checkpoint left them, then the journal's action records after it.
  if (journal) actions.load(room.actions.full(0), journal.restoredActions);

  // HTTP: the doors in front of the app.
  const app = appHandler(opts, {
    policy, admission, handoffs, room, roomId, journal, recording, sourceControl, webhooks, actions, io, dataDir, now,
    staticDir: opts.staticDir ?? defaultStaticDir(), hubUrl: () => url,
  });
  const { handle, events } = wireDoors(opts, { credentials, admission, room, broadcaster, feed, ingest, app, now });
  onRequest = handle;
  revokeOnRotation(credentials, { io, overlays, ingestSocket, events });

  const bound = await listen(httpServer, host, opts.port ?? 0);
  url = bound.url;
  return {
    url, host, port: bound.port, token, room, io, dataDir, counters, journal, credentials, sources, ingestToken: ingest.token, recording, actions,
    get ingestUrl() { return ingestUrl(); },
    webhooks, riskWeights,
    ...hubLinks(url, credentials, handoffs),
    close: hubCloser({ sources, stopStorageWatch, events, webhooks, broadcaster, io, httpServer, journal, feed, recording, sourceStore, credentialStore }),
  };
}
