/**
 * Socket.io clients in their own process, so their JSON parsing does not slow the bench run that
 * polls the hub's /healthz. Config as JSON in BENCH_FLOOD; → ready (flood: all joined); ← go; → done.
 * 'flood': every client asks a full snapshot (`sync` with sinceSeq 0, the renderer's resync) on a
 * fixed timer. 'storm': every client is opened at once and waits for its first snapshot.
 */
import { io as connect, type Socket } from 'socket.io-client';
import type { RoomSnapshot } from '../../shared/protocol/room';
import type { SyncResult } from '../../shared/protocol/socket';
import { childGuard } from '../lib/children';
import type { FloodClientsConfig, FloodClientsDone } from '../lib/floodProtocol';
import { percentile } from '../lib/stats';

childGuard();
const cfg = JSON.parse(process.env.BENCH_FLOOD ?? '{}') as FloodClientsConfig;
const sockets: Socket[] = [];
let snapshotBytes = 0;

function open(i: number): Socket {
  const socket = connect(cfg.url, {
    path: '/socket.io', transports: ['websocket'], reconnection: false, forceNew: true, timeout: 60_000,
    localAddress: cfg.addresses[i % cfg.addresses.length],
    auth: { token: cfg.token, role: 'assistant', name: `flood${i}`, clientId: `flood-${process.pid}-${i}` },
  } as Parameters<typeof connect>[1]);
  sockets.push(socket);
  return socket;
}

/** Resolves with the time of the socket's first snapshot, or null when its handshake is refused / times out. */
function firstSnapshot(socket: Socket, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    socket.once('connect_error', () => { clearTimeout(timer); resolve(null); });
    socket.once('snapshot', (s: RoomSnapshot) => {
      clearTimeout(timer);
      if (!snapshotBytes) snapshotBytes = JSON.stringify(s).length;
      resolve(performance.now());
    });
  });
}

const empty: FloodClientsDone = {
  type: 'done', snapshotsPerClientPerSec: 0, refused: 0, timedOut: 0, requests: 0, answerMs: { p50: 0, p99: 0 },
  allSnapshotMs: 0, connected: 0, failed: 0, firstSnapshotMs: { p50: 0, p99: 0 }, snapshotBytes: 0,
};

async function storm(): Promise<FloodClientsDone> {
  const t0 = performance.now();
  const waits: Promise<number | null>[] = [];
  for (let i = 0; i < cfg.clients; i++) waits.push(firstSnapshot(open(i), cfg.durationMs));
  const at = await Promise.all(waits);
  const got = at.filter((t): t is number => t !== null).map((t) => t - t0);
  return {
    ...empty, snapshotBytes,
    allSnapshotMs: got.length ? Math.max(...got) : Number.NaN, connected: got.length, failed: cfg.clients - got.length,
    firstSnapshotMs: { p50: percentile(got, 50), p99: percentile(got, 99) },
  };
}

async function joinAll(): Promise<void> {
  for (let i = 0; i < cfg.clients; i++) {
    if ((await firstSnapshot(open(i), 30_000)) === null) throw new Error(`flood client ${i} could not join`);
  }
}

async function flood(): Promise<FloodClientsDone> {
  let snapshots = 0;
  let refused = 0;
  let timedOut = 0;
  let requests = 0;
  let outstanding = 0;
  const answers: number[] = [];
  const timers = sockets.map((s) => setInterval(() => {
    requests++;
    outstanding++;
    const t = performance.now();
    s.timeout(5000).emit('sync', { sinceSeq: 0 }, (err: Error | null, res: SyncResult | { error: { code: string } }) => {
      outstanding--;
      if (err) timedOut++;
      else if ('kind' in res && res.kind === 'snapshot') { snapshots++; answers.push(performance.now() - t); }
      else if ('error' in res) refused++;
    });
  }, 1000 / cfg.perSecond));
  await new Promise((r) => setTimeout(r, cfg.durationMs));
  for (const t of timers) clearInterval(t);
  // Answers still on their way (each request gives up after 5 s).
  for (let waited = 0; outstanding > 0 && waited < 6000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  return {
    ...empty, snapshotBytes,
    snapshotsPerClientPerSec: snapshots / cfg.clients / (cfg.durationMs / 1000), refused, timedOut, requests,
    answerMs: { p50: percentile(answers, 50), p99: percentile(answers, 99) },
  };
}

process.on('message', (m: { cmd?: string }) => {
  if (m.cmd === 'go') void (cfg.mode === 'storm' ? storm() : flood()).then((done) => process.send!(done));
  if (m.cmd === 'stop') {
    for (const s of sockets) s.close();
    process.exit(0);
  }
});
if (cfg.mode === 'flood') void joinAll().then(() => process.send!({ type: 'ready' }));
else process.send!({ type: 'ready' });
