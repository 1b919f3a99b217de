import { io as connect, type Socket } from 'socket.io-client';
import type { Delta } from '../../shared/protocol/room';
import type { NaiveEventMessage } from '../baselines/naiveHub';

/** What one loopback client saw: delta receipt times by seq, naive per-event latencies. */
export interface ClientLog {
  /** seq → receive time (epoch ms). */
  deltaAt: Map<number, number>;
  /** seq → delta.serverTime. */
  deltaServerTime: Map<number, number>;
  /** Naive hub: [ingestAt, receivedAt] per event message. */
  events: number[];
  messages: number;
  /** JSON bytes received (measured on the first client only; 0 elsewhere). */
  bytes: number;
}

export interface FanoutClients {
  logs: ClientLog[];
  close(): void;
}

/** Join `n` real socket.io clients (websocket) to a hub and log what arrives, on this process's clock. */
export async function joinClients(url: string, token: string, n: number): Promise<FanoutClients> {
  const sockets: Socket[] = [];
  const logs: ClientLog[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const log: ClientLog = { deltaAt: new Map(), deltaServerTime: new Map(), events: [], messages: 0, bytes: 0 };
      const measure = i === 0;
      const socket = connect(url, {
        path: '/socket.io', transports: ['websocket'], reconnection: false,
        auth: { token, role: 'assistant', name: `bench${i}`, clientId: `bench-${process.pid}-${i}` },
      });
      sockets.push(socket);
      socket.on('delta', (d: Delta) => {
        log.messages++;
        log.deltaAt.set(d.seq, Date.now());
        if (measure) log.bytes += JSON.stringify(d).length;
        log.deltaServerTime.set(d.seq, d.serverTime);
      });
      socket.on('event', (m: NaiveEventMessage) => {
        log.messages++;
        log.events.push(m.at, Date.now());
        if (measure) log.bytes += JSON.stringify(m).length;
      });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('client: no snapshot within 10 s')), 10_000);
        socket.once('connect_error', (err) => { clearTimeout(timer); reject(err); });
        socket.once('snapshot', () => { clearTimeout(timer); resolve(); });
      });
      logs.push(log);
    }
  } catch (err) {
    for (const s of sockets) s.close();
    throw err;
  }
  return { logs, close: () => { for (const s of sockets) s.close(); } };
}
