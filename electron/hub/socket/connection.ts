import { Command, type CommandAck } from '../../../shared/protocol/commands';
import type { Peer } from '../../../shared/protocol/room';
import { SyncRequest } from '../../../shared/protocol/socket';
import type { Room } from '../room/room';
import { TokenBucket } from './rateLimit';
import { createSnapshotPacer } from './snapshotPacer';
import type { SnapshotDesk } from './snapshotDesk';
import type { HubServer, HubSocket } from './hubSocket';

export type { AdmittedAuth, HubServer, HubSocket } from './hubSocket';

export interface ConnectionDeps {
  room: Room;
  now: () => number;
  /** Ask for a delta soon (respecting the batching interval). */
  flushSoon: () => void;
  /** Serves first snapshots and resyncs, batched after the next flush (socket/snapshotDesk.ts). */
  snapshots: SnapshotDesk;
  /** Counts of refused input, for /healthz and tests. */
  counters: { invalid: number; rateLimited: number };
  rate: { perSecond: number; burst: number };
  /** Least time between two full snapshots sent to one connection, ms (0: unpaced). */
  snapshotIntervalMs: number;
}

const invalid = (message: string): CommandAck => ({ ok: false, error: { code: 'invalid', message } });

/** Wire one authenticated socket to the room. */
export function handleConnection(io: HubServer, socket: HubSocket, deps: ConnectionDeps): void {
  const { room, now, counters } = deps;
  const auth = socket.data.auth;
  const bucket = new TokenBucket(deps.rate.perSecond, deps.rate.burst, now());
  const caller = { id: auth.clientId, name: auth.name, role: auth.role };
  const pacer = createSnapshotPacer({ minIntervalMs: deps.snapshotIntervalMs, now });

  deps.snapshots.admit(socket);
  updatePeers(io, room, deps);

  const limited = (): boolean => {
    if (bucket.take(now())) return false;
    counters.rateLimited++;
    return true;
  };

  socket.on('command', (raw, ack) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    if (limited()) return reply({ ok: false, error: { code: 'rate_limited', message: '操作太频繁，请稍后再试' } });
    const parsed = Command.safeParse(raw);
    if (!parsed.success) {
      counters.invalid++;
      return reply(invalid(`命令格式错误: ${parsed.error.issues[0]?.message ?? 'invalid'}`));
    }
    const result = room.apply(parsed.data, caller, now());
    reply(result);
    if (result.ok) deps.flushSoon();
  });

  socket.on('sync', (raw, ack) => {
    const reply = typeof ack === 'function' ? ack : () => undefined;
    if (limited()) return reply({ error: { code: 'rate_limited', message: 'too many sync requests' } });
    const parsed = SyncRequest.safeParse(raw);
    if (!parsed.success) {
      counters.invalid++;
      return reply({ error: { code: 'invalid', message: 'sync needs { sinceSeq }' } });
    }
    const deltas = parsed.data.sinceSeq > 0 ? room.since(parsed.data.sinceSeq) : null;
    if (deltas) return reply({ kind: 'deltas', deltas });
    const served = pacer.request(() => {
      if (socket.connected) deps.snapshots.resync(socket, (snapshot) => reply({ kind: 'snapshot', snapshot }));
    });
    if (served === 'busy') {
      counters.rateLimited++;
      reply({ error: { code: 'rate_limited', message: 'a snapshot for this connection is already on its way' } });
    }
  });

  socket.on('ping', (ack) => {
    if (typeof ack === 'function') ack({ serverTime: now() });
  });

  socket.on('disconnect', () => {
    pacer.close();
    updatePeers(io, room, deps);
  });
}

/** Recompute who is connected (one entry per client id) and publish it. */
export function updatePeers(io: HubServer, room: Room, deps: Pick<ConnectionDeps, 'flushSoon'>): void {
  const peers = new Map<string, Peer>();
  for (const s of io.of('/').sockets.values()) {
    const a = (s as HubSocket).data.auth;
    if (!a || peers.has(a.clientId)) continue;
    peers.set(a.clientId, { id: a.clientId, name: a.name, role: a.role, since: s.handshake.issued });
  }
  room.setPeers([...peers.values()]);
  deps.flushSoon();
}
