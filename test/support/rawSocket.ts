import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/socket';

export type RawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type Attempt = { ok: true; socket: RawSocket } | { ok: false; message: string; data: unknown; socket: RawSocket };

/**
 * Try to open a socket to a hub with an arbitrary handshake (no reconnection). Resolves with the
 * connected socket, or with the refusal (connect_error message and data) — never hangs.
 */
export function tryConnect(url: string, opts: { auth?: unknown; extraHeaders?: Record<string, string>; transports?: ('websocket' | 'polling')[]; timeoutMs?: number } = {}): Promise<Attempt> {
  const socket: RawSocket = connect(url, {
    path: '/socket.io',
    transports: opts.transports ?? ['websocket'],
    reconnection: false,
    timeout: opts.timeoutMs ?? 4000,
    forceNew: true,
    ...(opts.auth !== undefined ? { auth: opts.auth as Record<string, unknown> } : {}),
    ...(opts.extraHeaders ? { extraHeaders: opts.extraHeaders } : {}),
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ ok: true, socket }));
    socket.once('connect_error', (err: Error & { data?: unknown }) => {
      socket.close();
      resolve({ ok: false, message: err.message, data: err.data, socket });
    });
  });
}

/** Resolves with the disconnect reason, or null if the socket is still up after `ms`. */
export function disconnectWithin(socket: RawSocket, ms: number): Promise<string | null> {
  if (!socket.connected) return Promise.resolve('already disconnected');
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(null), ms);
    socket.once('disconnect', (reason) => { clearTimeout(t); resolve(reason); });
  });
}
