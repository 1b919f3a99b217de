import type { IncomingMessage } from 'node:http';
import type { Role } from '../../../shared/protocol/common';
import { HandshakeAuth } from '../../../shared/protocol/socket';
import { actingRole, type CredentialRegistry, type Grant } from '../auth/credentials';

export interface AccessPolicy {
  /** Every credential the hub has issued (per-role tokens and join codes, ingest, overlay, control). */
  credentials: CredentialRegistry;
  /** Origins allowed besides the hub's own (e.g. a vite dev server). */
  extraOrigins: readonly string[];
}

/** The UI grant a token or join code carries, or null (unknown, expired, or not a UI credential). */
export function uiGrant(policy: AccessPolicy, token: string): (Grant & { role: Role }) | null {
  const g = token ? policy.credentials.verify(token) : null;
  return g && (g.kind === 'ui' || g.kind === 'join') && g.role ? { kind: g.kind, role: g.role } : null;
}

export function tokenAccepted(policy: AccessPolicy, token: string): boolean {
  return uiGrant(policy, token) !== null;
}

/**
 * A credential that is valid but does not open the app (overlay, ingest, control): refused where
 * the app is served, yet not a wrong guess (it does not count against the address's throttle).
 */
export function otherGrant(policy: AccessPolicy, token: string): Grant | null {
  const g = token ? policy.credentials.verify(token) : null;
  return g && g.kind !== 'ui' && g.kind !== 'join' ? g : null;
}

/** Whether a token opens the overlay feed (issue 17): only the overlay credential does. */
export function overlayCheck(policy: AccessPolicy, token: string): 'ok' | 'unknown' | 'forbidden' {
  const g = token ? policy.credentials.verify(token) : null;
  if (!g) return 'unknown';
  return g.kind === 'overlay' ? 'ok' : 'forbidden';
}

export type HandshakeResult =
  | { ok: true; auth: HandshakeAuth; role: Role }
  | { ok: false; code: 'invalid' | 'unauthorized' | 'forbidden'; message: string };

/**
 * Check a socket's handshake `auth` payload against the policy. The role is the credential's;
 * a declared `role` may only narrow it (a producer opening the prompter as host), never raise it.
 */
export function checkHandshake(raw: unknown, policy: AccessPolicy): HandshakeResult {
  const parsed = HandshakeAuth.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', message: 'handshake: token, name and clientId are required' };
  const grant = uiGrant(policy, parsed.data.token);
  const other = grant ? null : otherGrant(policy, parsed.data.token);
  if (other) return { ok: false, code: 'forbidden', message: `a ${other.kind} credential does not open the app` };
  if (!grant) return { ok: false, code: 'unauthorized', message: 'access token or join code is wrong' };
  const role = actingRole(grant.role, parsed.data.role);
  if (!role) return { ok: false, code: 'forbidden', message: `this credential opens the ${grant.role} role, not ${parsed.data.role ?? ''}` };
  return { ok: true, auth: { ...parsed.data, role }, role };
}

/**
 * Browsers send an Origin header: only the hub's own origin (the page it served) or an explicitly
 * allowed one may open a socket. Non-browser clients (no Origin) pass to the token check.
 */
export function originAllowed(req: Pick<IncomingMessage, 'headers'>, policy: Pick<AccessPolicy, 'extraOrigins'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const host = req.headers.host;
  if (host && (origin === `http://${host}` || origin === `https://${host}`)) return true;
  return policy.extraOrigins.includes(origin);
}
