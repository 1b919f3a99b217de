import { io, type Socket } from 'socket.io-client';
import { OverlayState } from '../../../../../shared/protocol/overlay';
import { OVERLAY_NAMESPACE, SOCKET_PATH, type OverlayClientEvents, type OverlayServerEvents } from '../../../../../shared/protocol/socket';
import { installJitteredBackoff, RECONNECT } from '../../../services/backoff';
import { notePing, noteServerTime, resetClock } from '../../../services/clock';
import { overlayActions } from '../overlay.slice';

/**
 * The overlay pages' link to the hub (socket.io namespace /overlay, read-only): the only writer
 * of the overlay store. The hub sends the whole overlay state on connect and on every change;
 * pings keep the hub clock (countdowns) right. It never sends a command.
 */
type OverlaySocket = Socket<OverlayServerEvents, OverlayClientEvents>;
const PING_EVERY_MS = 5000;

let socket: OverlaySocket | null = null;

function ping(s: OverlaySocket) {
  if (!s.connected) return;
  const sentAt = Date.now();
  s.timeout(3000).emit('ping', (err, res) => {
    if (!err && res && typeof res.serverTime === 'number') notePing(sentAt, Date.now(), res.serverTime);
  });
}

/** Connects the page to the hub that served it with the overlay token; reconnects on its own. */
export function connectOverlay(token: string | null): void {
  if (!token) {
    overlayActions.setLink('no_token');
    return;
  }
  if (socket) return;
  resetClock();
  const s: OverlaySocket = io(`${location.origin}${OVERLAY_NAMESPACE}`, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    auth: { token },
    reconnectionDelay: RECONNECT.minMs,
    reconnectionDelayMax: RECONNECT.maxMs,
  });
  installJitteredBackoff(s.io);
  socket = s;
  s.on('connect', () => {
    overlayActions.setLink('connected');
    ping(s);
  });
  // The producer rotated this link: the hub says so, then closes the socket. The last content stays; no retry helps.
  let replaced = false;
  s.on('revoked', () => {
    replaced = true;
    overlayActions.setLink('changed');
  });
  s.on('disconnect', (reason) => {
    if (replaced) return;
    overlayActions.setLink('offline');
    // The hub closed this socket (e.g. it restarted): socket.io does not retry that on its own.
    if (reason === 'io server disconnect') setTimeout(() => { if (!s.connected) s.connect(); }, 2000);
  });
  s.on('connect_error', () => overlayActions.setLink(s.active ? 'offline' : 'rejected'));
  s.on('overlay', (raw) => {
    const parsed = OverlayState.safeParse(raw);
    if (!parsed.success) {
      console.error('livedeck: invalid overlay state', parsed.error.issues);
      return;
    }
    noteServerTime(parsed.data.serverTime);
    overlayActions.set(parsed.data);
  });
  setInterval(() => ping(s), PING_EVERY_MS);
}
