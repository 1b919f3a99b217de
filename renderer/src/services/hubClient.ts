import { io, type Socket } from 'socket.io-client';
import {
  CommandAck, Delta, RoomSnapshot, SOCKET_PATH, SyncResult,
  type ClientToServerEvents, type CommandInput, type DeltaSections, type Role, type ServerToClientEvents,
} from '../../../shared/protocol';
import { t, isMsgKey } from '../i18n';
import { alertActions } from '../store/alerts.slice';
import { commentActions } from '../store/comments.slice';
import { connectionActions, useConnectionStore } from '../store/connection.slice';
import { cueActions } from '../store/cues.slice';
import { metricsActions } from '../store/metrics.slice';
import { qaActions } from '../store/qa.slice';
import { roomActions, useRoomStore } from '../store/room.slice';
import { settingsActions } from '../store/settings.slice';
import { toastActions } from '../store/toasts.slice';
import { uuid } from '../lib/id';
import { notePing, noteServerTime, resetClock } from './clock';
import { createFrameBatcher } from './frameBatcher';
import { getSession } from './session';

/**
 * The only writer of remote state into the stores. Owns the socket: snapshot on join,
 * seq-checked deltas (gap → sync), batched per animation frame; commands with acks; pings.
 */
type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
type Ok = Extract<CommandAck, { ok: true }>;

const COMMAND_TIMEOUT_MS = 8000;
const SYNC_TIMEOUT_MS = 5000;
const PING_EVERY_MS = 2000;
/** Deltas kept while waiting for a sync or the first snapshot (~50 s at 10 per second). */
const MAX_HELD = 500;

let socket: HubSocket | null = null;
/** Seq of the last snapshot/delta taken in; -1 before the first snapshot. */
let lastSeq = -1;
let syncing = false;
/** Deltas that arrived while a sync was in flight. */
let held: Delta[] = [];
let everConnected = false;
let pingTimer: ReturnType<typeof setInterval> | null = null;

const batcher = createFrameBatcher<Delta>(applyDeltas);

/** Merges the deltas of one frame: comments append, other sections last-wins. */
function applyDeltas(deltas: Delta[]) {
  const merged: DeltaSections = {};
  const comments = [];
  for (const d of deltas) {
    if (d.comments) comments.push(...d.comments);
    if (d.show) merged.show = d.show;
    if (d.live) merged.live = d.live;
    if (d.cues) merged.cues = d.cues;
    if (d.qa) merged.qa = d.qa;
    if (d.metrics) merged.metrics = d.metrics;
    if (d.alerts) merged.alerts = d.alerts;
    if (d.peers) merged.peers = d.peers;
    if (d.settings) merged.settings = d.settings;
  }
  const seq = deltas[deltas.length - 1]!.seq;
  if (merged.show || merged.live) roomActions.patch({ show: merged.show, live: merged.live, seq });
  else useRoomStore.setState({ seq });
  commentActions.append(comments);
  if (merged.metrics) metricsActions.set(merged.metrics);
  if (merged.cues) cueActions.set(merged.cues);
  if (merged.qa) qaActions.set(merged.qa);
  if (merged.alerts) alertActions.set(merged.alerts);
  if (merged.peers) connectionActions.setPeers(merged.peers);
  if (merged.settings) settingsActions.set(merged.settings);
}

function applySnapshot(s: RoomSnapshot) {
  batcher.clear();
  lastSeq = s.seq;
  noteServerTime(s.serverTime);
  roomActions.reset({ roomId: s.roomId, startedAt: s.startedAt, show: s.show, rev: s.rev, live: s.live, seq: s.seq });
  commentActions.reset(s.comments);
  metricsActions.set(s.metrics);
  cueActions.set(s.cues);
  qaActions.set(s.qa);
  alertActions.set(s.alerts);
  connectionActions.setPeers(s.peers);
  if (s.settings) settingsActions.set(s.settings);
}

/** Takes one in-order delta; returns false when it does not follow lastSeq. */
function accept(d: Delta): boolean {
  if (d.seq <= lastSeq) return true; // duplicate after a resync
  if (d.seq !== lastSeq + 1) return false;
  lastSeq = d.seq;
  noteServerTime(d.serverTime);
  batcher.push(d);
  return true;
}

function onSnapshot(raw: unknown) {
  const parsed = RoomSnapshot.safeParse(raw);
  if (!parsed.success) {
    console.error('livedeck: invalid snapshot', parsed.error.issues.slice(0, 5));
    toastActions.show('error', t('err.badData'));
    resync(0);
    return;
  }
  applySnapshot(parsed.data);
  if (!syncing) drainHeld();
}

function onDelta(raw: unknown) {
  const parsed = Delta.safeParse(raw);
  if (!parsed.success) {
    console.error('livedeck: invalid delta', parsed.error.issues.slice(0, 5));
    resync(0);
    return;
  }
  const d = parsed.data;
  if (held.length >= MAX_HELD) {
    // Far behind (or no snapshot yet): stop collecting and take a fresh snapshot.
    held = [];
    syncing = false;
    resync(0);
    return;
  }
  if (syncing || lastSeq < 0) {
    held.push(d);
    return;
  }
  if (!accept(d)) {
    held.push(d);
    resync(lastSeq);
  }
}

/** Asks the hub for what we missed since `sinceSeq` (0 = give me a fresh snapshot). */
function resync(sinceSeq: number) {
  const s = socket;
  if (!s || syncing) return;
  syncing = true;
  s.timeout(SYNC_TIMEOUT_MS).emit('sync', { sinceSeq }, (err, res) => {
    syncing = false;
    if (err || s !== socket) {
      if (s === socket && s.connected) setTimeout(() => resync(Math.max(lastSeq, 0)), 1000);
      return;
    }
    if (res && typeof res === 'object' && 'error' in res) {
      console.warn('livedeck: sync refused', res.error);
      if (sinceSeq !== 0) resync(0);
      return;
    }
    const parsed = SyncResult.safeParse(res);
    if (!parsed.success) {
      console.error('livedeck: invalid sync result', parsed.error.issues.slice(0, 5));
      if (sinceSeq !== 0) resync(0);
      return;
    }
    if (parsed.data.kind === 'snapshot') applySnapshot(parsed.data.snapshot);
    else for (const d of parsed.data.deltas) accept(d);
    drainHeld();
  });
}

function drainHeld() {
  const pending = held.sort((a, b) => a.seq - b.seq);
  held = [];
  for (const d of pending) {
    if (!accept(d)) {
      held = pending.filter((x) => x.seq > lastSeq);
      resync(lastSeq < 0 ? 0 : lastSeq);
      return;
    }
  }
}

function ping() {
  const s = socket;
  if (!s?.connected) return;
  const sentAt = Date.now();
  s.timeout(3000).emit('ping', (err, res) => {
    if (err || !res || typeof res.serverTime !== 'number') return;
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
  lastSeq = -1;
  syncing = false;
  held = [];
  everConnected = false;
  resetClock();
  connectionActions.setStatus('connecting');
  const s: HubSocket = io(location.origin, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: { token: token ?? '', role, name, clientId },
    reconnectionDelay: 500,
    reconnectionDelayMax: 4000,
  });
  socket = s;
  s.on('connect', () => {
    connectionActions.setStatus('connected');
    if (everConnected && lastSeq >= 0) resync(lastSeq);
    everConnected = true;
    ping();
  });
  s.on('disconnect', (reason) => {
    if (s !== socket) return;
    if (reason === 'io server disconnect') {
      connectionActions.setStatus('offline', reason);
      setTimeout(() => { if (s === socket && !s.connected) s.connect(); }, 2000);
    } else connectionActions.setStatus('reconnecting', reason);
  });
  s.on('connect_error', (err) => {
    if (s !== socket) return;
    // A refusal by the hub's middleware stops socket.io's retries; transport errors retry.
    if (s.active) connectionActions.setStatus(everConnected ? 'reconnecting' : 'connecting', err.message);
    else connectionActions.setStatus('rejected', err.message);
  });
  s.on('snapshot', onSnapshot);
  s.on('delta', onDelta);
  s.on('hub:error', (e) => toastActions.show('error', t('err.unknown'), e?.message));
  if (!pingTimer) pingTimer = setInterval(ping, PING_EVERY_MS);
}

export class CommandFailure extends Error {
  constructor(readonly code: string, message: string, readonly rev?: number) {
    super(message);
  }
}

/** Sends one command and resolves with the hub's ack; rejects with CommandFailure. */
export function sendCommand(input: CommandInput): Promise<Ok> {
  return new Promise((resolve, reject) => {
    const s = socket;
    if (!s?.connected) {
      reject(new CommandFailure('offline', t('err.offline')));
      return;
    }
    s.timeout(COMMAND_TIMEOUT_MS).emit('command', { ...input, id: uuid() }, (err, raw) => {
      if (err) {
        reject(new CommandFailure('timeout', t('err.timeout')));
        return;
      }
      const ack = CommandAck.safeParse(raw);
      if (!ack.success) reject(new CommandFailure('invalid', t('err.unknown')));
      else if (ack.data.ok) resolve(ack.data);
      else reject(new CommandFailure(ack.data.error.code, ack.data.error.message, ack.data.error.rev));
    });
  });
}

/** Sends a command and shows any failure as a toast; resolves true when the hub applied it. */
export async function runCommand(input: CommandInput): Promise<boolean> {
  try {
    await sendCommand(input);
    return true;
  } catch (e) {
    const code = e instanceof CommandFailure ? e.code : 'unknown';
    const key = `err.${code}`;
    const detail = e instanceof Error ? e.message : String(e);
    toastActions.show('error', isMsgKey(key) ? t(key) : t('err.unknown'), detail);
    if (code === 'conflict') resync(lastSeq);
    return false;
  }
}

/** Current run-of-show revision, for commands that edit the queue. */
export const currentRev = (): number => useRoomStore.getState().rev;

export const currentRole = (): Role => useConnectionStore.getState().role;
