import { io as connect, type Socket } from 'socket.io-client';
import type { CommandAck, CommandInput } from '../../shared/protocol/commands';
import type { Alert, CommentItem, Delta, FiredCue, LiveState, QaState, RoomSnapshot } from '../../shared/protocol/room';
import type { MetricsSnapshot } from '../../shared/protocol/metrics';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import type { ClientToServerEvents, ServerToClientEvents, SyncResult } from '../../shared/protocol/socket';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What a client holds of the room, as the renderer's stores would. */
export interface ClientRoom {
  seq: number;
  startedAt: number;
  rev: number;
  show: RunOfShow;
  live: LiveState;
  cues: FiredCue[];
  qa: QaState;
  metrics: MetricsSnapshot;
  comments: CommentItem[];
  alerts: Alert[];
}

export interface SyncClientOptions {
  token: string;
  role?: string;
  name?: string;
  clientId?: string;
  /** socket.io reconnection backoff (the renderer uses 500 → 4000 ms, jitter 0.5). */
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  randomizationFactor?: number;
  /** Extra handshake headers (e.g. a foreign Origin). */
  extraHeaders?: Record<string, string>;
}

export interface SyncClient {
  socket: ClientSocket;
  clientId: string;
  /** Null until the first snapshot. */
  room: ClientRoom | null;
  /** Snapshots taken in (join, reconnect, resync). */
  snapshots: number;
  /** Kinds of answers to the syncs this client asked for after a reconnect or a gap. */
  syncAnswers: ('deltas' | 'snapshot' | 'error')[];
  /** Deltas applied in order, and gaps detected. */
  applied: number;
  gaps: number;
  /** Wall-clock times of socket.io's reconnect attempts, and of connects/disconnects. */
  reconnectAttempts: number[];
  connects: number[];
  disconnects: number[];
  /** Highest seq ever applied (across hub restarts). */
  maxSeqSeen: number;
  /** Send a command; rejects on timeout (e.g. the hub died before acking). */
  command(cmd: CommandInput & { id?: string }, timeoutMs?: number): Promise<CommandAck>;
  /** Send the same command id until an ack comes back (surviving hub restarts). */
  commandUntilAcked(cmd: CommandInput & { id: string }, deadlineMs?: number): Promise<{ ack: CommandAck; attempts: number }>;
  /** Resolve once `pred` holds for the client's room (checked on every change). */
  waitFor(pred: (room: ClientRoom) => boolean, timeoutMs?: number, what?: string): Promise<ClientRoom>;
  waitConnected(timeoutMs?: number): Promise<void>;
  close(): void;
}

let counter = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A socket.io client that behaves like the renderer's hub service: snapshot on join, seq-checked
 * deltas (a gap → sync), sync after every reconnect, automatic reconnection with jittered
 * backoff. It keeps the room it has assembled so tests can compare it with the hub's.
 */
export function syncClient(url: string, opts: SyncClientOptions): SyncClient {
  const clientId = opts.clientId ?? `sync${++counter}-${process.pid}`;
  const socket: ClientSocket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: true,
    reconnectionDelay: opts.reconnectionDelay ?? 200,
    reconnectionDelayMax: opts.reconnectionDelayMax ?? 1000,
    randomizationFactor: opts.randomizationFactor ?? 0.5,
    timeout: 4000,
    auth: { token: opts.token, role: opts.role ?? 'assistant', name: opts.name ?? 'sync', clientId },
    ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
  });
  const waiters = new Set<() => void>();
  let syncing = false;
  let held: Delta[] = [];
  let everConnected = false;

  const c: SyncClient = {
    socket, clientId, room: null, snapshots: 0, syncAnswers: [], applied: 0, gaps: 0,
    reconnectAttempts: [], connects: [], disconnects: [], maxSeqSeen: 0,
    command(cmd, timeoutMs = 4000) {
      return socket.timeout(timeoutMs).emitWithAck('command', { id: `cmd-${clientId}-${++counter}`, ...cmd }) as Promise<CommandAck>;
    },
    async commandUntilAcked(cmd, deadlineMs = 30_000) {
      const until = Date.now() + deadlineMs;
      for (let attempts = 1; ; attempts++) {
        if (Date.now() > until) throw new Error(`no ack for ${cmd.id} within ${deadlineMs} ms`);
        if (!socket.connected) { await sleep(50); attempts--; continue; }
        try {
          return { ack: await c.command(cmd, 2000), attempts };
        } catch {
          await sleep(100);
        }
      }
    },
    waitFor(pred, timeoutMs = 15_000, what = 'condition') {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (c.room && !syncing && pred(c.room)) {
            waiters.delete(check);
            clearTimeout(t);
            resolve(c.room);
          }
        };
        const t = setTimeout(() => { waiters.delete(check); reject(new Error(`client ${clientId}: timed out waiting for ${what}`)); }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    async waitConnected(timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (!socket.connected || !c.room) {
        if (Date.now() > until) throw new Error(`client ${clientId}: not connected within ${timeoutMs} ms`);
        await sleep(20);
      }
    },
    close() {
      socket.io.reconnection(false);
      socket.close();
      waiters.clear();
    },
  };
  const changed = () => { for (const w of [...waiters]) w(); };

  const takeSnapshot = (s: RoomSnapshot) => {
    c.room = { seq: s.seq, startedAt: s.startedAt, rev: s.rev, show: s.show, live: s.live, cues: s.cues, qa: s.qa, metrics: s.metrics, comments: s.comments.slice(-500), alerts: s.alerts };
    c.snapshots++;
    c.maxSeqSeen = Math.max(c.maxSeqSeen, s.seq);
  };
  const apply = (d: Delta): boolean => {
    const r = c.room;
    if (!r) return false;
    if (d.seq <= r.seq) return true;
    if (d.seq !== r.seq + 1) return false;
    r.seq = d.seq;
    if (d.show) { r.show = d.show.show; r.rev = d.show.rev; }
    if (d.live) r.live = d.live;
    if (d.cues) r.cues = d.cues;
    if (d.qa) r.qa = d.qa;
    if (d.metrics) r.metrics = d.metrics;
    if (d.alerts) r.alerts = d.alerts;
    if (d.comments) r.comments = [...r.comments, ...d.comments].slice(-500);
    c.applied++;
    c.maxSeqSeen = Math.max(c.maxSeqSeen, d.seq);
    return true;
  };
  const drain = () => {
    const pending = held.sort((a, b) => a.seq - b.seq);
    held = [];
    for (const d of pending) {
      if (!apply(d)) {
        held = pending.filter((x) => x.seq > (c.room?.seq ?? 0));
        resync();
        return;
      }
    }
  };
  const resync = () => {
    if (syncing || !c.room) return;
    syncing = true;
    const since = c.room.seq;
    socket.timeout(4000).emit('sync', { sinceSeq: since }, (err: Error | null, res: SyncResult | { error: unknown }) => {
      syncing = false;
      if (err || !res || 'error' in res) {
        c.syncAnswers.push('error');
        if (socket.connected) setTimeout(resync, 200);
        return;
      }
      c.syncAnswers.push(res.kind);
      if (res.kind === 'snapshot') takeSnapshot(res.snapshot);
      else for (const d of res.deltas) apply(d);
      drain();
      changed();
    });
  };

  socket.io.on('reconnect_attempt', () => c.reconnectAttempts.push(Date.now()));
  socket.on('connect', () => {
    c.connects.push(Date.now());
    if (everConnected && c.room) resync();
    everConnected = true;
  });
  socket.on('disconnect', () => c.disconnects.push(Date.now()));
  socket.on('snapshot', (s) => {
    takeSnapshot(s);
    if (!syncing) drain();
    changed();
  });
  socket.on('delta', (d) => {
    if (syncing || !c.room) { held.push(d); return; }
    if (!apply(d)) {
      c.gaps++;
      held.push(d);
      resync();
    }
    changed();
  });
  return c;
}
