import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { LiveEvent } from '../../shared/protocol/events';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { SOCKET_PATH } from '../../shared/protocol/socket';
import { Room } from '../../electron/hub/room/room';

/** What the naive hub sends per event: the event itself and when the hub took it in. */
export interface NaiveEventMessage {
  at: number;
  event: LiveEvent;
}

/**
 * Baseline for hub fan-out: the same Room (same classification, metrics and state work), but
 * every event is emitted to every client the moment it arrives — one socket.io message per event,
 * no batching. Metrics still go out at 10 Hz as a delta without comments, so clients get the
 * same information as from the real hub.
 */
export async function startNaiveHub(opts: { show: RunOfShow; roomId?: string }) {
  const roomId = opts.roomId ?? 'main';
  const room = new Room({ roomId, show: opts.show, now: Date.now(), startOnAir: true });
  const httpServer = createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  const io = new Server(httpServer, { path: SOCKET_PATH, serveClient: false });
  io.on('connection', (socket) => {
    void socket.join(roomId);
    socket.emit('snapshot', room.snapshot(Date.now()));
  });
  const metricsTimer = setInterval(() => {
    const delta = room.flush(Date.now());
    if (!delta) return;
    const { comments: _sentAlready, ...rest } = delta;
    io.to(roomId).emit('delta', rest);
  }, 100);

  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    room,
    /** Take a frame of events: apply and emit each one on its own. */
    ingest(events: readonly LiveEvent[], at: number): void {
      for (const event of events) {
        room.ingest([event], at);
        io.to(roomId).emit('event', { at, event } satisfies NaiveEventMessage);
      }
    },
    async close(): Promise<void> {
      clearInterval(metricsTimer);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      httpServer.closeAllConnections?.();
    },
  };
}
