import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HandshakeAuth } from '../../../shared/protocol/socket';

export interface AccessPolicy {
  /** Per-launch secret; always accepted. */
  token: string;
  /** Join code for LAN clients, required when the hub listens beyond loopback. */
  joinCode: string | null;
  /** Origins allowed besides the hub's own (e.g. a vite dev server). */
  extraOrigins: readonly string[];
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function tokenAccepted(policy: AccessPolicy, token: string): boolean {
  if (!token) return false;
  return sameSecret(token, policy.token) || (policy.joinCode !== null && sameSecret(token, policy.joinCode));
}

export type HandshakeResult = { ok: true; auth: HandshakeAuth } | { ok: false; code: 'invalid' | 'unauthorized'; message: string };

/** Check a socket's handshake `auth` payload against the policy. */
export function checkHandshake(raw: unknown, policy: AccessPolicy): HandshakeResult {
  const parsed = HandshakeAuth.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', message: 'handshake: token, role, name and clientId are required' };
  if (!tokenAccepted(policy, parsed.data.token)) return { ok: false, code: 'unauthorized', message: 'access token or join code is wrong' };
  return { ok: true, auth: parsed.data };
}

/**
 * Browsers send an Origin header: only the hub's own origin (the page it served) or an explicitly
 * allowed one may open a socket. Non-browser clients (no Origin) pass to the token check.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, policy: AccessPolicy): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const host = req.headers.host;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return policy.extraOrigins.includes(origin);
}
