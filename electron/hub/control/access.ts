import type { IncomingMessage } from 'node:http';
import type { Role } from '../../../shared/protocol/common';
import type { CredentialKind, CredentialRegistry } from '../auth/credentials';
import { apiError, type ApiErrorResponse } from '../http/route';
import { trustedHost } from '../http/headers';
import { requestToken } from '../ingest/ingestHttp';
import type { Admission } from '../socket/handshake';
import { TokenBucket } from '../socket/rateLimit';

/** Who called a door: the credential's kind and role (null for overlay). */
export interface DoorCaller { kind: CredentialKind; role: Role | null; slot: string }

export interface DoorAccess {
  credentials: CredentialRegistry;
  /** The hub's wrong-credential throttle (per address, shared with the UI's doors). */
  admission: Admission;
  now: () => number;
  /** Requests per credential: `burst` at once, refilled at `perSecond`. Default 5/s, burst 10. */
  rate?: { perSecond: number; burst: number };
}

export type DoorCheck = { ok: true; caller: DoorCaller } | { ok: false; res: ApiErrorResponse };

/**
 * The credential check of the doors that take a non-UI credential (control API, event stream):
 * a trusted Host (DNS rebinding), a known secret (wrong ones count against the address's
 * throttle), one of the kinds this door opens (a UI, ingest or — for commands — overlay secret
 * is refused with `wrong_credential`), and a rate per credential.
 */
export function createDoorAccess(deps: DoorAccess) {
  const rate = deps.rate ?? { perSecond: 5, burst: 10 };
  const buckets = new Map<string, TokenBucket>();
  return function check(req: IncomingMessage, url: URL, kinds: readonly CredentialKind[]): DoorCheck {
    if (!trustedHost(req)) return { ok: false, res: apiError(421, 'unknown_host', 'unknown host') };
    const grant = deps.credentials.verify(requestToken(req, url));
    if (!deps.admission.admitted(grant !== null, req.socket.remoteAddress)) {
      return { ok: false, res: grant ? apiError(429, 'throttled', '错误口令太多，请稍后再试 / too many wrong credentials from this address') : apiError(401, 'unauthorized', '口令无效 / invalid token') };
    }
    if (!grant || !kinds.includes(grant.kind)) {
      return { ok: false, res: apiError(403, 'wrong_credential', `此处需要${kinds.join('/')}口令 / this door takes a ${kinds.join(' or ')} token`) };
    }
    const slot = grant.role ? `${grant.kind}:${grant.role}` : grant.kind;
    let bucket = buckets.get(slot);
    if (!bucket) buckets.set(slot, (bucket = new TokenBucket(rate.perSecond, rate.burst, deps.now())));
    if (!bucket.take(deps.now())) return { ok: false, res: { ...apiError(429, 'rate_limited', '操作太频繁 / too many requests'), headers: { 'retry-after': '1' } } };
    return { ok: true, caller: { kind: grant.kind, role: grant.role, slot } };
  };
}
export type DoorAccessCheck = ReturnType<typeof createDoorAccess>;
