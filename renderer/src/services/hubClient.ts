import { io, type Socket } from 'socket.io-client';
import { installJitteredBackoff, RECONNECT } from './backoff';
import {
  CommandAck, DELTA_SECTION_KEYS, SOCKET_PATH,
  type ClientToServerEvents, type CommandInput, type Delta, type DeltaSection, type Role, type RoomSnapshot, type ServerToClientEvents,
} from '../../../shared/protocol';
import { t, isMsgKey } from '../i18n';
import { commandErrorText } from '../i18n/domain';
import { alertActions } from '../store/alerts.slice';
import { commentActions } from '../store/comments.slice';
import { connectionActions, HUB_SILENT_MS, useConnectionStore } from '../store/connection.slice';
import { cueActions } from '../store/cues.slice';
import { metricsActions } from '../store/metrics.slice';
import { qaActions } from '../store/qa.slice';
import { roomActions, useRoomStore } from '../store/room.slice';
import { settingsActions } from '../store/settings.slice';
import { sourcesActions } from '../store/sources.slice';
import { storageActions } from '../store/storage.slice';
import { platformActionsActions } from '../store/platformActions.slice';
import { toastActions } from '../store/toasts.slice';
import { useUiStore } from '../store/ui.slice';
import { uuid } from '../lib/id';
import { notePing, noteServerTime, resetClock } from './clock';
import { createFrameBatcher } from './frameBatcher';
import { mergeDeltas, type MergedDeltas } from './mergeDeltas';
import { getSession } from './session';
import { INITIAL_SYNC_STATE, stepSync, type SyncAction, type SyncInput, type SyncState } from './syncState';

/**
 * The only writer of remote state into the stores. Owns the socket: snapshot on join,
 * seq-checked deltas (gap → sync, logic in ./syncState), batched per animation frame; commands
 * with acks; pings.
 */
type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Ok = Extract<CommandAck, { ok: true }>;

const COMMAND_TIMEOUT_MS = 8000;
const SYNC_TIMEOUT_MS = 5000;
const PING_EVERY_MS = 1000;
const WATCH_EVERY_MS = 250;
/** A link silent this long is given up: the engine is closed so socket.io reconnects. */
const SILENT_RECONNECT_MS = 6000;

let socket: HubSocket | null = null;
let sync: SyncState = INITIAL_SYNC_STATE;
let pingTimer: ReturnType<typeof setInterval> | null = null;
let watchTimer: ReturnType<typeof setInterval> | null = null;
/** Local time the hub was last heard from on the current socket (0: not yet). */
let lastHeardAt = 0;

/** Anything from the hub (snapshot, delta, heartbeat, ping answer) proves the link alive. */
function heard() {
  lastHeardAt = Date.now();
  if (useConnectionStore.getState().silent) connectionActions.setSilent(false, lastHeardAt);
}

/** Detects a silent link within HUB_SILENT_MS (the hub sends a delta or a ping answer every second). */
function watchLink() {
  const s = socket;
  if (!s?.connected || lastHeardAt === 0) return;
  const quiet = Date.now() - lastHeardAt;
  if (quiet > HUB_SILENT_MS && !useConnectionStore.getState().silent) connectionActions.setSilent(true, lastHeardAt);
  if (quiet > SILENT_RECONNECT_MS) {
    lastHeardAt = Date.now();
    s.io.engine?.close();
  }
}

const batcher = createFrameBatcher<Delta>(applyDeltas);

type RoomPatch = Parameters<typeof roomActions.patch>[0];

/**
 * How each delta section reaches the stores: from one frame of merged deltas (`delta`; show and
 * live gather into one room patch) and from a snapshot (`snapshot`; show and live come with the
 * room reset). Checked against the table of sections, so a new section cannot be forgotten here.
 */
const SECTION_APPLIERS = {
  comments: { delta: (m) => commentActions.append(m.comments), snapshot: (s) => commentActions.reset(s.comments) },
  show: { delta: (m, room) => { if (m.sections.show) room.show = m.sections.show; }, snapshot: () => undefined },
  live: { delta: (m, room) => { if (m.sections.live) room.live = m.sections.live; }, snapshot: () => undefined },
  cues: { delta: (m) => { if (m.sections.cues) cueActions.set(m.sections.cues); }, snapshot: (s) => cueActions.set(s.cues) },
  qa: { delta: (m) => { if (m.sections.qa) qaActions.set(m.sections.qa); }, snapshot: (s) => qaActions.set(s.qa) },
  metrics: {
    delta: (m) => { if (m.sections.metrics) metricsActions.set(m.sections.metrics, m.sections.seriesTail === true); },
    snapshot: (s) => metricsActions.set(s.metrics),
  },
  alerts: { delta: (m) => { if (m.sections.alerts) alertActions.set(m.sections.alerts); }, snapshot: (s) => alertActions.set(s.alerts) },
  peers: { delta: (m) => { if (m.sections.peers) connectionActions.setPeers(m.sections.peers); }, snapshot: (s) => connectionActions.setPeers(s.peers) },
  settings: { delta: (m) => { if (m.sections.settings) settingsActions.set(m.sections.settings); }, snapshot: (s) => { if (s.settings) settingsActions.set(s.settings); } },
  sources: { delta: (m) => { if (m.sections.sources) sourcesActions.set(m.sections.sources); }, snapshot: (s) => sourcesActions.set(s.sources ?? []) },
  storage: { delta: (m) => { if (m.sections.storage) storageActions.set(m.sections.storage); }, snapshot: (s) => storageActions.set(s.storage ?? null) },
  actions: {
    delta: (m) => { if (m.sections.actions) platformActionsActions.set(m.sections.actions); },
    snapshot: (s) => platformActionsActions.set(s.actions ?? { killed: false, log: [] }),
  },
} satisfies Record<DeltaSection, { delta: (m: MergedDeltas, room: RoomPatch) => void; snapshot: (s: RoomSnapshot) => void }>;

/** One frame of deltas into the stores: comments append, other sections last-wins. */
function applyDeltas(deltas: Delta[]) {
  const merged = mergeDeltas(deltas);
  const room: RoomPatch = { seq: merged.seq };
  for (const k of DELTA_SECTION_KEYS) SECTION_APPLIERS[k].delta(merged, room);
  if (room.show || room.live) roomActions.patch(room);
  else useRoomStore.setState({ seq: merged.seq });
}

function applySnapshot(s: RoomSnapshot) {
  batcher.clear();
  noteServerTime(s.serverTime);
  roomActions.reset({ roomId: s.roomId, startedAt: s.startedAt, show: s.show, rev: s.rev, live: s.live, seq: s.seq });
  for (const k of DELTA_SECTION_KEYS) SECTION_APPLIERS[k].snapshot(s);
}

/** Feeds one input to the sync state machine and performs what it asks for. */
function dispatch(input: SyncInput) {
  const step = stepSync(sync, input);
  sync = step.state;
  for (const action of step.actions) perform(action);
}

function perform(a: SyncAction) {
  switch (a.type) {
    case 'applySnapshot':
      applySnapshot(a.snapshot);
      break;
    case 'applyDelta':
      noteServerTime(a.delta.serverTime);
      batcher.push(a.delta);
      break;
    case 'requestSync':
      requestSync(a.sinceSeq);
      break;
    case 'retrySyncLater': {
      const s = socket;
      if (s?.connected) setTimeout(() => { if (s === socket) dispatch({ type: 'resync' }); }, a.afterMs);
      break;
    }
    case 'invalid':
      console.error(`livedeck: invalid ${a.what}`, a.issues);
      if (a.what === 'snapshot') toastActions.show('error', t('err.badData'));
      break;
    case 'syncRefused':
      console.warn('livedeck: sync refused', a.error);
      break;
  }
}

/** Asks the hub for what we missed since `sinceSeq` (0 = give me a fresh snapshot). */
function requestSync(sinceSeq: number) {
  const s = socket;
  if (!s) {
    dispatch({ type: 'syncFailed' });
    return;
  }
  s.timeout(SYNC_TIMEOUT_MS).emit('sync', { sinceSeq }, (err, res) => {
    // An answer to an old socket belongs to a session that is gone.
    if (s !== socket) return;
    if (err) dispatch({ type: 'syncFailed' });
    else dispatch({ type: 'syncAnswer', sinceSeq, payload: res });
  });
}

function ping() {
  const s = socket;
  if (!s?.connected) return;
  const sentAt = Date.now();
  s.timeout(3000).emit('ping', (err, res) => {
    if (err || !res || typeof res.serverTime !== 'number') return;
    if (s !== socket) return;
    heard();
    const receivedAt = Date.now();
    connectionActions.setLatency(receivedAt - sentAt);
    notePing(sentAt, receivedAt, res.serverTime);
  });
}

/** Connects (or reconnects with a new role) to the hub that served this page. */
export function connectHub(role: Role, name: string): void {
  const { token, clientId } = getSession();
  connectionActions.setIdentity(role, name);
  if (socket) {
    socket.removeAllListeners();
    socket.disconnect();
  }
  sync = INITIAL_SYNC_STATE;
  resetClock();
  lastHeardAt = 0;
  connectionActions.setStatus('connecting');
  const s: HubSocket = io(location.origin, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: { token: token ?? '', role, name, clientId },
    reconnectionDelay: RECONNECT.minMs,
    reconnectionDelayMax: RECONNECT.maxMs,
  });
  installJitteredBackoff(s.io);
  socket = s;
  s.on('connect', () => {
    heard();
    connectionActions.setStatus('connected');
    dispatch({ type: 'connected' });
    ping();
  });
  s.on('disconnect', (reason) => {
    if (s !== socket) return;
    const heardAt = lastHeardAt || null;
    if (reason === 'io server disconnect') {
      connectionActions.setStatus('offline', reason, heardAt);
      setTimeout(() => { if (s === socket && !s.connected) s.connect(); }, 2000);
    } else connectionActions.setStatus('reconnecting', reason, heardAt);
  });
  s.on('connect_error', (err) => {
    if (s !== socket) return;
    // A refusal by the hub's middleware stops socket.io's retries; transport errors retry.
    const heardAt = lastHeardAt || null;
    if (s.active) connectionActions.setStatus(sync.everConnected ? 'reconnecting' : 'connecting', err.message, heardAt);
    else connectionActions.setStatus('rejected', err.message, heardAt);
  });
  s.on('snapshot', (payload) => { heard(); dispatch({ type: 'snapshot', payload }); });
  s.on('delta', (payload) => { heard(); dispatch({ type: 'delta', payload }); });
  s.on('hub:error', (e) => toastActions.show('error', t('err.unknown'), e?.message));
  if (!pingTimer) pingTimer = setInterval(ping, PING_EVERY_MS);
  if (!watchTimer) watchTimer = setInterval(watchLink, WATCH_EVERY_MS);
}

export class CommandFailure extends Error {
  constructor(readonly code: string, message: string, readonly rev?: number) {
    super(message);
  }
}

/** Sends one command and resolves with the hub's ack; rejects with CommandFailure. `id`: the command's id (to undo it later). */
export function sendCommand(input: CommandInput, id: string = uuid()): Promise<Ok> {
  return new Promise((resolve, reject) => {
    const s = socket;
    if (!s?.connected) {
      reject(new CommandFailure('offline', t('err.offline')));
      return;
    }
    s.timeout(COMMAND_TIMEOUT_MS).emit('command', { ...input, id }, (err, raw) => {
      if (err) {
        reject(new CommandFailure('timeout', t('err.timeout')));
        return;
      }
      const ack = CommandAck.safeParse(raw);
      if (!ack.success) reject(new CommandFailure('invalid', t('err.unknown')));
      else if (ack.data.ok) resolve(ack.data);
      else reject(new CommandFailure(ack.data.error.code, commandErrorText(useUiStore.getState().lang, ack.data.error), ack.data.error.rev));
    });
  });
}

/** Sends a command and shows any failure as a toast; resolves true when the hub applied it. */
export async function runCommand(input: CommandInput, id?: string): Promise<boolean> {
  try {
    await sendCommand(input, id);
    return true;
  } catch (e) {
    const code = e instanceof CommandFailure ? e.code : 'unknown';
    const key = `err.${code}`;
    const detail = e instanceof Error ? e.message : String(e);
    toastActions.show('error', isMsgKey(key) ? t(key) : t('err.unknown'), detail);
    if (code === 'conflict' && socket) dispatch({ type: 'resync' });
    return false;
  }
}

/** Current run-of-show revision, for commands that edit the queue. */
export const currentRev = (): number => useRoomStore.getState().rev;

export const currentRole = (): Role => useConnectionStore.getState().role;
