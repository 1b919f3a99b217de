import { io as connect, type Socket } from 'socket.io-client';
import type { CommandAck, CommandInput } from '../../shared/protocol/commands';
import type { Delta, RoomSnapshot } from '../../shared/protocol/room';
import type { ClientToServerEvents, ServerToClientEvents, SyncResult } from '../../shared/protocol/socket';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestClient {
  socket: TestSocket;
  snapshot: RoomSnapshot;
  deltas: Delta[];
  command(cmd: CommandInput & { id?: string }): Promise<CommandAck>;
  sync(sinceSeq: number): Promise<SyncResult | { error: { code: string; message: string } }>;
  /** Resolves with the first delta (already received or future) matching `pred`. */
  waitDelta(pred: (d: Delta) => boolean, timeoutMs?: number): Promise<Delta>;
  close(): void;
}

let counter = 0;

/** A real socket.io client joined to a hub, recording what it receives. */
export function joinHub(url: string, auth: { token: string; role?: string; name?: string; clientId?: string }): Promise<TestClient> {
  const socket: TestSocket = connect(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    auth: { role: 'assistant', name: 'test', clientId: `c${++counter}-${process.pid}`, ...auth },
  });
  const deltas: Delta[] = [];
  const waiters: { pred: (d: Delta) => boolean; resolve: (d: Delta) => void }[] = [];
  socket.on('delta', (d) => {
    deltas.push(d);
    for (const w of [...waiters]) if (w.pred(d)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(d); }
  });
  return new Promise((resolve, reject) => {
    socket.once('connect_error', (err) => reject(err));
    socket.once('snapshot', (snapshot) => {
      resolve({
        socket, snapshot, deltas,
        command: (cmd) => socket.timeout(5000).emitWithAck('command', { id: `cmd-${++counter}`, ...cmd }) as Promise<CommandAck>,
        sync: (sinceSeq) => socket.timeout(5000).emitWithAck('sync', { sinceSeq }),
        waitDelta(pred, timeoutMs = 5000) {
          const hit = deltas.find(pred);
          if (hit) return Promise.resolve(hit);
          return new Promise((res, rej) => {
            const t = setTimeout(() => rej(new Error('timed out waiting for a delta')), timeoutMs);
            waiters.push({ pred, resolve: (d) => { clearTimeout(t); res(d); } });
          });
        },
        close: () => socket.close(),
      });
    });
  });
}
