import type { Namespace } from 'socket.io';
import type { CommandAck } from '../../../shared/protocol/commands';
import type { Delta } from '../../../shared/protocol/room';
import { OVERLAY_NAMESPACE, type OverlayClientEvents, type OverlayServerEvents } from '../../../shared/protocol/socket';
import { overlayState, type OverlaySource } from '../../../shared/domain/overlay/overlayState';
import type { Room } from '../room/room';
import { overlayCheck, type AccessPolicy } from './access';
import type { HubServer } from './connection';
import type { Admission } from './handshake';
import { TokenBucket } from './rateLimit';

export interface OverlayFeed {
  /** Every delta the room sends: the overlay state follows its show/live/cues/qa sections. */
  publish(delta: Delta): void;
  /** Close every overlay socket opened with `secret` (rotated away), telling it why first; how many. */
  revoke(secret: string): number;
}

export interface OverlayFeedDeps {
  policy: AccessPolicy;
  admission: Admission;
  room: Pick<Room, 'snapshot'>;
  now: () => number;
  counters: { refusedHandshakes: number; rateLimited: number };
  rate: { perSecond: number; burst: number };
}

type OverlayNamespace = Namespace<OverlayClientEvents, OverlayServerEvents>;
const READ_ONLY: CommandAck = { ok: false, error: { code: 'forbidden', message: 'overlay credentials are read-only' } };

const refusal = (message: string, code: string): Error => Object.assign(new Error(message), { data: { code } });

/** The overlay credential of a handshake: `auth.token`, else `?token=`. */
function handshakeToken(auth: unknown, query: Record<string, unknown>): string {
  const fromAuth = auth && typeof auth === 'object' && 'token' in auth ? (auth as { token: unknown }).token : undefined;
  const token = fromAuth ?? query.token;
  return typeof token === 'string' ? token : '';
}

/**
 * The overlay pages' read-only feed (socket.io namespace /overlay, issue 17): the overlay
 * credential connects; it gets the overlay state (shared/domain/overlay) on connect and whenever
 * it changes, never a delta, snapshot, comment or figure; every command it sends is refused.
 */
export function installOverlayFeed(io: HubServer, deps: OverlayFeedDeps): OverlayFeed {
  const nsp = io.of(OVERLAY_NAMESPACE) as unknown as OverlayNamespace;
  const snap = deps.room.snapshot(deps.now());
  const held: OverlaySource = { show: snap.show, live: snap.live, cues: snap.cues, qa: snap.qa };
  let last = '';
  /** The state now; remembers it, so a publish sends only a change. */
  const current = (now: number) => {
    const state = overlayState(held, now);
    last = JSON.stringify({ ...state, serverTime: 0 });
    return state;
  };

  nsp.use((socket, next) => {
    const address = socket.handshake.address;
    if (deps.admission.refused(address)) {
      deps.counters.refusedHandshakes++;
      return next(refusal('too many wrong credentials from this address; wait a minute', 'throttled'));
    }
    const check = overlayCheck(deps.policy, handshakeToken(socket.handshake.auth, socket.handshake.query));
    if (check === 'unknown') deps.admission.admitted(false, address);
    if (check !== 'ok') {
      deps.counters.refusedHandshakes++;
      return next(check === 'unknown' ? refusal('overlay token is wrong', 'unauthorized') : refusal('this credential does not open overlays', 'forbidden'));
    }
    next();
  });

  nsp.on('connection', (socket) => {
    const bucket = new TokenBucket(deps.rate.perSecond, deps.rate.burst, deps.now());
    socket.emit('overlay', current(deps.now()));
    socket.on('command', (_raw, ack) => {
      if (typeof ack !== 'function') return;
      if (!bucket.take(deps.now())) {
        deps.counters.rateLimited++;
        return ack({ ok: false, error: { code: 'rate_limited', message: 'too many messages' } });
      }
      ack(READ_ONLY);
    });
    socket.on('ping', (ack) => {
      if (typeof ack === 'function' && bucket.take(deps.now())) ack({ serverTime: deps.now() });
    });
  });

  return {
    revoke(secret) {
      let n = 0;
      for (const socket of nsp.sockets.values()) {
        if (handshakeToken(socket.handshake.auth, socket.handshake.query) !== secret) continue;
        socket.emit('revoked', { code: 'credential_rotated' });
        socket.disconnect(true);
        n++;
      }
      return n;
    },
    publish(delta) {
      if (delta.show) held.show = delta.show.show;
      if (delta.live) held.live = delta.live;
      if (delta.cues) held.cues = delta.cues;
      if (delta.qa) held.qa = delta.qa;
      if (nsp.sockets.size === 0) {
        last = '';
        return;
      }
      const before = last;
      const state = current(delta.serverTime);
      if (last !== before) nsp.emit('overlay', state);
    },
  };
}
