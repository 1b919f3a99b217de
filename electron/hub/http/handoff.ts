// One-time "open in browser" links (shared/protocol/handoff.ts). The shell asks the hub for a code
// (Hub.issueHandoff); GET /handoff?code= redeems it once, within 60 s, and answers 303 to the app
// with the access token in a short-lived SameSite=Strict cookie — never in a URL, so the system
// browser's history keeps only the spent code. See docs/security.md (Shell).
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Role } from '../../../shared/protocol/common';
import {
  HANDOFF_CODE_PATTERN, HANDOFF_COOKIE, HANDOFF_COOKIE_MAX_AGE_S, HANDOFF_TOKEN_PATTERN, HANDOFF_TTL_MS,
} from '../../../shared/protocol/handoff';
import { send } from './api';

/** What a redeemed code opens: the view (hash route), the role it opens as and its credential. */
export interface HandoffGrant {
  token: string;
  role: Role;
  route: string;
}

export interface Handoffs {
  /** A fresh one-time code for `grant`. */
  issue(grant: HandoffGrant): string;
  /** The grant of a code issued less than the TTL ago and not redeemed before; the code is spent either way. */
  redeem(code: string): HandoffGrant | null;
  /** Codes still waiting (tests). */
  pending(): number;
}

/** At most this many codes wait at once; issuing more drops the oldest. */
export const MAX_PENDING_HANDOFFS = 8;

export function createHandoffs(opts: { now?: () => number; ttlMs?: number; newCode?: () => string } = {}): Handoffs {
  const now = opts.now ?? Date.now;
  const ttlMs = opts.ttlMs ?? HANDOFF_TTL_MS;
  const newCode = opts.newCode ?? (() => randomBytes(32).toString('base64url'));
  const codes = new Map<string, { grant: HandoffGrant; issuedAt: number }>();
  const prune = () => {
    for (const [code, entry] of codes) if (now() - entry.issuedAt >= ttlMs) codes.delete(code);
  };
  return {
    issue(grant) {
      if (!HANDOFF_TOKEN_PATTERN.test(grant.token)) throw new Error('issueHandoff: the token cannot travel in the hand-off cookie');
      prune();
      while (codes.size >= MAX_PENDING_HANDOFFS) codes.delete(codes.keys().next().value as string);
      const code = newCode();
      codes.set(code, { grant: { ...grant }, issuedAt: now() });
      return code;
    },
    redeem(code) {
      const entry = codes.get(code);
      if (!entry) return null;
      codes.delete(code);
      return now() - entry.issuedAt < ttlMs ? entry.grant : null;
    },
    pending() {
      prune();
      return codes.size;
    },
  };
}

const GONE = [
  'LiveDeck: 这个链接已失效或已被使用。请在 LiveDeck 菜单中再次选择“在浏览器中打开”。',
  'LiveDeck: this link has expired or was already used. Choose "Open in browser" in LiveDeck again.',
  '',
].join('\n');

/** GET /handoff?code=…: redeem the code, set the cookie, redirect to the app. HEAD never spends a code. */
export function serveHandoff(handoffs: Handoffs, req: IncomingMessage, res: ServerResponse, url: URL, headers: Record<string, string>): void {
  if (req.method !== 'GET') return send(res, { status: 405, body: 'method not allowed', contentType: 'text/plain' }, { ...headers, allow: 'GET' });
  const code = url.searchParams.get('code') ?? '';
  const grant = HANDOFF_CODE_PATTERN.test(code) ? handoffs.redeem(code) : null;
  if (!grant) return send(res, { status: 410, body: GONE, contentType: 'text/plain; charset=utf-8' }, headers);
  send(res, {
    status: 303,
    body: '',
    contentType: 'text/plain',
    headers: {
      location: `/?role=${encodeURIComponent(grant.role)}#/${encodeURIComponent(grant.route)}`,
      'set-cookie': `${HANDOFF_COOKIE}=${grant.token}; Path=/; Max-Age=${HANDOFF_COOKIE_MAX_AGE_S}; SameSite=Strict`,
      'referrer-policy': 'no-referrer',
    },
  }, headers);
}
