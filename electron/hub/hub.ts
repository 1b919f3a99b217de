import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { SOCKET_PATH } from '../../shared/protocol/socket';
import type { SimPreset } from '../../shared/sim/simulator';
import { HANDOFF_PATH } from '../../shared/protocol/handoff';
import { createHandoffs } from './http/handoff';
import { createHttpHandler } from './http/handler';
import type { ExtraRoute } from './http/route';
import { defaultDataDir, defaultStaticDir } from './paths';
import type { JournalStatus, SessionJournal } from './journal/session';
import type { Room } from './room/room';
import { createBroadcaster } from './broadcaster';
import { loadRiskWeights, type LoadedRiskWeights } from './riskWeights';
import { openRoomSession } from './roomSession';
import { watchStorage } from './journal/storageHealth';
import { hubRoutes } from './routes';
import { loadSampleShow } from './sampleShow';
import { originAllowed, otherGrant, uiGrant, type AccessPolicy } from './socket/access';
import { createCredentials, type CredentialRegistry } from './auth/credentials';
import { installRejectionLog } from './processGuard';
import type { Role } from '../../shared/protocol/common';
import { handleConnection, type HubServer, type HubSocket } from './socket/connection';
import { createAdmission, installHandshake } from './socket/handshake';
import { installConnectionCap } from './socket/connectionCap';
import { createSnapshotDesk } from './socket/snapshotDesk';
import { installOverlayFeed } from './socket/overlayFeed';
import { chooseSource, wireSource } from './sources/wire';
import type { EventSource } from '../../shared/protocol/source';
import type { SourceManager } from './sources/manager';
import { createIngestSource } from './ingest/ingestSource';
import { defaultRecordingFile, recordRoom, recordRoomOrWarn, type Recorder } from './sources/recorder';
import { withIngestDoor } from './ingest/ingestHttp';
import { installIngestSocket } from './ingest/ingestSocket';
import { ingestTokenOf, type IngestToken } from './ingest/ingestToken';
import { createIngestAdmission } from './ingest/ingestAdmission';
import { credentialLinks } from './auth/credentialLinks';
import { createSourceControl } from './sources/sourceControl';
import { openSourceStore } from './sources/sourceStore';
import type { TikTokClientFactory } from './sources/tiktokClient';
import { join } from 'node:path';
import { createDoorAccess } from './control/access';
import { createControlDoor } from './control/controlDoor';
import { withDoors } from './control/doors';
import { createEventStream } from './events/eventStream';
import { createRoomFeed } from './events/roomFeed';
import { createWebhooks, type Webhooks } from './events/webhooks/webhooks';
import type { DeliveryPolicy } from './events/webhooks/webhookSender';
import { ActionDesk } from './actions/actionDesk';
import { createConnectorRegistry } from './connectors/connectorRegistry';

export interface HubOptions {
  /** Interface to listen on; loopback by default. Anything else requires a join code. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Per-launch access secret; random when absent. */
  token?: string;
  /**
   * The assistant's join code for LAN clients (the host and producer get their own); generated
   * when listening beyond loopback. Join codes expire after `joinCodeTtlMs` (default 12 h).
   */
  joinCode?: string;
  joinCodeTtlMs?: number;
  seed?: number;
  preset?: SimPreset;
  /** Event source; the simulated room by default, `null` for none. */
  source?: EventSource | null;
  /**
   * The ingest door (POST /api/ingest, socket.io `/ingest`): its first token (the credential
   * registry's `ingest` kind; random by default, rotated from the tokens panel) and whether its source starts now.
   */
  ingest?: { token?: string; start?: boolean };
  /** The TikTok client factory for sources added on the sources page (tests pass a fake); default the installed package. */
  tiktokClient?: TikTokClientFactory;
  /** Record accepted events to this JSON-lines file; default (when `dataDir` is given) `<dataDir>/recordings/…`; false: no recording. */
  record?: string | false;
  /** No event for this long while on air → the source is stalled. Default 15 s. */
  stallMs?: number;
  show?: RunOfShow;
  roomId?: string;
  staticDir?: string;
  dataDir?: string;
  /** Journal the session to `<dataDir>/sessions/<roomId>.journal.jsonl`. Default: on when `dataDir` is given. */
  journal?: boolean;
  /**
   * Continue the session journaled on disk. true: always; false: move it aside and start a new
   * session; default: continue when the journal was written in the last `resumeWindowMs` (a crash
   * or restart during the show), start anew otherwise (yesterday's show).
   */
  resume?: boolean;
  /** Default 6 hours. */
  resumeWindowMs?: number;
  /** Extra browser origins allowed to connect (e.g. the vite dev server). */
  extraOrigins?: string[];
  /** Extra HTTP API routes under /api (documents, import and review are built in). */
  routes?: ExtraRoute[];
  /** Batching interval for deltas, ms (≥ 100 → at most 10 deltas a second). */
  flushMs?: number;
  /** Largest socket message, bytes. */
  maxMessageBytes?: number;
  /** Ignored: wrong credentials are throttled from every address, loopback included. */
  throttleLoopback?: boolean;
  /** Per-socket message rate. */
  rate?: { perSecond: number; burst: number };
  /** Least time between two full snapshots for one connection, ms (default 1000; 0: unpaced). */
  snapshotIntervalMs?: number;
  /** Open sockets allowed from one address (default 64). */
  maxConnectionsPerAddress?: number;
  /** @internal The bench's baseline only: serve every snapshot at once, with its own flush (as before issue 15). */
  unbatchedSnapshots?: boolean;
  now?: () => number;
  /** Outgoing webhooks' delivery policy (attempts, backoff, timeout, queue); defaults in webhookSender.ts. */
  webhooks?: Partial<DeliveryPolicy>;
  /** Requests per control / overlay credential on the control door and event stream (default 5/s, burst 10). */
  controlRate?: { perSecond: number; burst: number };
  /** Refund-risk weights file (`livedeck calibrate --refit`); default `<dataDir>/risk-weights.json` when present. */
  riskWeightsFile?: string;
}

export interface Hub {
  url: string;
  /** The console, opened with the assistant's credential. */
  consoleUrl: string;
  /** The prompter, opened with the host's credential. */
  prompterUrl: string;
  /** The rundown (producer's credential); `#/review` etc. follow from it in the app. */
  producerUrl: string;
  host: string;
  port: number;
  /** The owner token: the producer's local credential (the other roles' tokens derive from it). */
  token: string;
  /** The local UI credential of one role (a per-role token). */
  tokenFor(role: Role): string;
  /** The assistant's LAN join code (null on loopback); all three: `joinCodes`. */
  joinCode: string | null;
  joinCodes: Readonly<Record<Role, string>> | null;
  /** Issue, verify and rotate credentials (ui per role, ingest, overlay, control). */
  credentials: CredentialRegistry;
  room: Room;
  io: HubServer;
  dataDir: string;
  /** The session journal, when journaling (its restore report tells what a restart rebuilt). */
  journal: SessionJournal | null;
  counters: { invalid: number; rateLimited: number; refusedHandshakes: number };
  /** A one-time link (60 s, single use) that opens the console in a browser without the token in the URL. */
  issueHandoff(): string;
  /** The room's sources and their health. */
  sources: SourceManager;
  /** Where capture tools post events (NDJSON), with the current ingest token in the query (follows rotation). */
  readonly ingestUrl: string;
  ingestToken: IngestToken;
  /** This session's recording (null when off). */
  recording: Recorder | null;
  /** The question overlay, with the overlay credential (`#/overlay/product`, `#/overlay/lower-third` take the same token). */
  overlayUrl: string;
  /** The control API (`GET` lists the actions), with the producer's control credential in the query. */
  controlUrl: string;
  /** The producer's outgoing webhooks and their delivery status. */
  webhooks: Webhooks;
  /** The refund-risk weights in use: from which file (null: built-in), and why a file was refused. */
  riskWeights: LoadedRiskWeights;
  /** Platform actions (讲解, reply) through the live source that supports them, with the kill switch. */
  actions: ActionDesk;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Start a hub: HTTP (renderer, /healthz, /api) + socket.io + one room fed by its source. */
export async function startHub(opts: HubOptions = {}): Promise<Hub> {
  const now = opts.now ?? Date.now;
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token ?? randomBytes(18).toString('base64url');
  const credentials = createCredentials({
    ownerToken: token, lan: !isLoopback(host), now, joinCodeTtlMs: opts.joinCodeTtlMs,
    ...(opts.joinCode ? { assistantJoinCode: opts.joinCode } : {}),
    ...(opts.ingest?.token ? { seeds: { ingest: opts.ingest.token } } : {}),
  });
  const policy: AccessPolicy = { credentials, extraOrigins: opts.extraOrigins ?? [] };
  installRejectionLog();
  const staticDir = opts.staticDir ?? defaultStaticDir();
  const dataDir = opts.dataDir ?? defaultDataDir();
  const roomId = opts.roomId ?? 'main';
  const counters = { invalid: 0, rateLimited: 0, refusedHandshakes: 0 };
  const show = opts.show ?? loadSampleShow();
  const { room, journal } = openRoomSession({
    dataDir, roomId, show, now, journal: opts.journal ?? opts.dataDir !== undefined, resume: opts.resume, resumeWindowMs: opts.resumeWindowMs,
    startOnAir: opts.source !== null, followExplain: opts.source?.kind === 'replay',
  });
  const riskWeights = loadRiskWeights({ dataDir, ...(opts.riskWeightsFile !== undefined ? { file: opts.riskWeightsFile } : {}) });
  room.setRiskWeights(riskWeights.weights);
  // An explicit --record file must open; the default one in the data folder is best effort.
  const recordTo = opts.record ?? (opts.dataDir !== undefined ? defaultRecordingFile(dataDir, roomId, now()) : false);
  const recording = recordTo === false ? null : opts.record !== undefined ? recordRoom(room, recordTo) : recordRoomOrWarn(room, recordTo);
  const actions = new ActionDesk({
    now, sources: () => sources.actionable(), publish: (state) => { room.actions.set(state); broadcaster.flushSoon(); },
    record: journal ? (rec) => journal.noteAction(rec) : undefined,
  });
  const admission = createAdmission({ now });
  const handoffs = createHandoffs({ now });
  let url = '';
  const ingestUrlNow = () => `${url}/api/ingest?token=${encodeURIComponent(ingestToken.value)}`;
  const webhooks = createWebhooks({ dataDir, now, delivery: opts.webhooks });
  const feed = createRoomFeed(room, now);
  feed.subscribe((events) => webhooks.publish(events));
  // Built once the room's sources are wired (below); no request arrives before the server listens.
  let onRequest: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const httpHandler = () => createHttpHandler({
    routes: hubRoutes({
      dataDir, room, now, sources: sourceControl, credentials: credentialLinks(credentials, () => url),
      currentFiles: () => [journal?.path, recording?.file].filter((f): f is string => typeof f === 'string'),
      webhooks,
      actions,
    }),
    extraRoutes: opts.routes ?? [],
    authenticate: (t, address) => {
      const grant = uiGrant(policy, t);
      // A valid overlay/ingest/control credential is refused (misfit), but it is no wrong guess.
      return admission.admitted(grant !== null || otherGrant(policy, t) !== null, address) ? grant?.role ?? null : null;
    },
    misfit: (t) => otherGrant(policy, t)?.kind ?? null,
    health: () => ({ ok: true, roomId, seq: room.currentSeq, clients: io.engine.clientsCount, events: room.stats.events, uptimeSec: Math.round(process.uptime()), journal: journal?.status() ?? null } satisfies { journal: JournalStatus | null; [k: string]: unknown }),
    staticDir,
    handoffs,
  });

  const ingestToken = ingestTokenOf(credentials);
  const ingest = { token: ingestToken, source: createIngestSource(), admission: createIngestAdmission({ now }) };
  const access = createDoorAccess({ credentials, admission, now, rate: opts.controlRate });
  const control = createControlDoor({ room, access, now, flushNow: () => broadcaster.flushNow() });
  const events = createEventStream({ access, feed, state: control.state });
  const httpServer = createServer(withIngestDoor(ingest, withDoors([control.handle, events.handle], (req, res) => onRequest!(req, res))));
  const io: HubServer = new Server(httpServer, {
    path: SOCKET_PATH,
    serveClient: false,
    maxHttpBufferSize: opts.maxMessageBytes ?? 4 * 1024 * 1024,
    pingInterval: 5000,
    pingTimeout: 8000,
    allowRequest: (req, cb) => cb(null, originAllowed(req, policy)),
  });
  installHandshake(io, policy, admission, counters);
  installConnectionCap(io, opts.maxConnectionsPerAddress ?? 64, counters);
  installIngestSocket(io, ingest, createConnectorRegistry({
    add: (id, spec) => sources.add(id, spec), start: (id) => sources.start(id), list: () => sources.list(),
  }, () => room.show.products.map((p) => p.id)));
  const overlays = installOverlayFeed(io, { policy, admission, room, now, counters, rate: opts.rate ?? { perSecond: 20, burst: 40 } });

  const broadcaster = createBroadcaster({
    flush: (t) => room.flush(t), currentSeq: () => room.currentSeq, send: (delta) => { io.to(roomId).emit('delta', delta); overlays.publish(delta); feed.delta(delta); },
    beforeFlush: journal ? (seq) => journal.beforeDelta(seq) : undefined, flushMs: Math.max(100, opts.flushMs ?? 100), now,
  });
  const snapshots = createSnapshotDesk(io, { room, now, afterFlush: broadcaster.afterFlush, ...(opts.unbatchedSnapshots ? { unbatched: { flushNow: broadcaster.flushNow } } : {}) });
  io.on('connection', (socket) => handleConnection(io, socket as HubSocket, {
    room, now, flushSoon: broadcaster.flushSoon, snapshots, counters, rate: opts.rate ?? { perSecond: 20, burst: 40 },
    snapshotIntervalMs: opts.snapshotIntervalMs ?? 1000,
  }));

  const source = chooseSource(opts.source, { seed: opts.seed ?? 1, preset: opts.preset ?? 'medium', roomId, room, now, run: journal?.run ?? 1 });
  const sources = wireSource(source, room, now, broadcaster.flushSoon, { stallMs: opts.stallMs });
  const stopStorageWatch = watchStorage(room, () => journal?.status() ?? null, broadcaster.flushSoon);
  sources.add('ingest', ingest.source, opts.ingest?.start === true);
  const sourceStore = openSourceStore(dataDir, now);
  const sourceControl = createSourceControl({
    manager: sources, store: sourceStore, ingestUrl: ingestUrlNow,
    spec: { recordingsDir: join(dataDir, 'recordings'), roomId, now, ...(opts.tiktokClient ? { tiktokClient: opts.tiktokClient } : {}) },
  });
  onRequest = httpHandler();
  // The kill switch and log as the checkpoint left them, then the journal's action records after it.
  if (journal) actions.load(room.actions.full(0), journal.restoredActions);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port ?? 0, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  url = `http://${urlHost(host)}:${port}`;
  const localToken = (role: Role) => credentials.issue('ui', role).secret;
  const withToken = (route: string, role: Role) => `${url}/?token=${encodeURIComponent(localToken(role))}&role=${role}#/${route}`;
  const codes = credentials.joinCodes();
  const overlayUrl = `${url}/?token=${encodeURIComponent(credentials.issue('overlay').secret)}#/overlay/question`;
  const controlUrl = `${url}/api/control?token=${encodeURIComponent(credentials.issue('control', 'producer').secret)}`;

  let closed = false;
  return {
    url, host, port, token, room, io, dataDir, counters, journal, credentials, sources, ingestToken, recording, actions,
    get ingestUrl() { return ingestUrlNow(); },
    overlayUrl, controlUrl, webhooks, riskWeights,
    joinCode: codes?.assistant ?? null,
    joinCodes: codes,
    tokenFor: localToken,
    consoleUrl: withToken('console', 'assistant'),
    prompterUrl: withToken('prompter', 'host'),
    producerUrl: withToken('rundown', 'producer'),
    issueHandoff: () => `${url}${HANDOFF_PATH}?code=${handoffs.issue({ token: localToken('assistant'), role: 'assistant', route: 'console' })}`,
    async close() {
      if (closed) return;
      closed = true;
      sources.close();
      stopStorageWatch();
      events.close();
      webhooks.close();
      broadcaster.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      httpServer.closeAllConnections?.();
      journal?.close();
      feed.close();
      await recording?.close();
      await sourceStore.flushed();
    },
  };
}
