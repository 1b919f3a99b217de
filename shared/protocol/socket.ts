import { z } from 'zod';
import { Id, Role } from './common';
import { CommandAck } from './commands';
import { Delta, RoomSnapshot } from './room';
import type { OverlayState } from './overlay';

/** Sent in the socket.io handshake (`auth`). */
export const HandshakeAuth = z.object({
  /** The credential: a per-role access token (loopback) or a per-role join code (LAN). */
  token: z.string().max(200),
  /**
   * Optional: the hub takes the role from the credential. A declared role may only narrow it
   * (a producer opening the prompter as host); one above the credential's is refused.
   */
  role: Role.optional(),
  name: z.string().min(1).max(40),
  /** Stable per browser tab, so a reconnect is recognised as the same peer. */
  clientId: Id,
});
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

export const SyncRequest = z.object({ sinceSeq: z.number().int().min(0) });
export type SyncRequest = z.infer<typeof SyncRequest>;

export const SyncResult = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('deltas'), deltas: z.array(Delta) }),
  z.object({ kind: z.literal('snapshot'), snapshot: RoomSnapshot }),
]);
export type SyncResult = z.infer<typeof SyncResult>;

export const PingResult = z.object({ serverTime: z.number() });

export const HubError = z.object({ code: z.string(), message: z.string() });
export type HubError = z.infer<typeof HubError>;

/**
 * Sent just before the hub closes a socket (any namespace) or an event stream (`event: revoked`)
 * whose credential was rotated away: `credential_rotated` — the link was replaced; a new one is
 * in the producer's tokens & links panel. Reconnecting with the old credential is refused.
 */
export type RevokedCode = 'credential_rotated';
export interface Revoked { code: RevokedCode }

/** Typed socket.io event maps: the one contract of the socket boundary. */
export interface ServerToClientEvents {
  snapshot: (snapshot: RoomSnapshot) => void;
  delta: (delta: Delta) => void;
  'hub:error': (err: HubError) => void;
  revoked: (reason: Revoked) => void;
}
export interface ClientToServerEvents {
  command: (command: unknown, ack: (res: CommandAck) => void) => void;
  sync: (req: unknown, ack: (res: SyncResult | { error: HubError }) => void) => void;
  ping: (ack: (res: z.infer<typeof PingResult>) => void) => void;
}

/** Name of the socket.io namespace-less path the hub listens on. */
export const SOCKET_PATH = '/socket.io';

/**
 * The overlay pages' namespace (issue 17): the overlay credential (`auth: { token }` or
 * `?token=`) opens it read-only. The hub sends `overlay` on connect and on every change; a
 * `command` is always refused (`forbidden`); `ping` answers the hub's time (countdowns).
 */
export const OVERLAY_NAMESPACE = '/overlay';
export interface OverlayServerEvents {
  overlay: (state: OverlayState) => void;
  revoked: (reason: Revoked) => void;
}
export interface OverlayClientEvents {
  command: (command: unknown, ack: (res: CommandAck) => void) => void;
  ping: (ack: (res: z.infer<typeof PingResult>) => void) => void;
}
