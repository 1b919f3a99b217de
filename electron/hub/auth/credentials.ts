import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '../../../shared/protocol/common';

/**
 * What a credential opens. `ui`: the app as one role, through a per-role token (local windows,
 * the URLs the hub prints). `join`: the app as one role, through a per-role join code typed on a
 * LAN device (LAN hubs only; expires). `ingest`: writes live events only (issue 12's ingest door).
 * `overlay`: reads only (issue 17). `control`: the commands of one role, no UI (issue 17).
 */
export type CredentialKind = 'ui' | 'join' | 'ingest' | 'overlay' | 'control';
export const CREDENTIAL_KINDS: readonly CredentialKind[] = ['ui', 'join', 'ingest', 'overlay', 'control'];

/** Who a verified secret is: its kind, and the role it acts as (null for ingest/overlay). */
export interface Grant { kind: CredentialKind; role: Role | null }

export interface Issued extends Grant {
  secret: string;
  /** Epoch ms after which the secret is refused; null = valid until rotated or the hub stops. */
  expiresAt: number | null;
}

export interface CredentialRegistry {
  /** The current secret of a slot (`role` for ui/control), issued on first ask. */
  issue(kind: CredentialKind, role?: Role): Issued;
  /** The grant a secret carries, or null (unknown, rotated away, expired). Constant-time per entry. */
  verify(secret: string): Grant | null;
  /** Replace a slot's secret: the old one is refused from now on. */
  rotate(kind: CredentialKind, role?: Role): Issued;
  /** LAN join codes of the three UI roles (null on a loopback hub). */
  joinCodes(): Record<Role, string> | null;
  /** Called whenever a slot gets a new secret: first issued, re-issued after expiry, or rotated (`previous`: the secret it replaced). */
  onChange(listener: (change: CredentialChange) => void): () => void;
}

export interface CredentialChange extends Grant {
  rotated: boolean;
  previous: string | null;
}

export interface CredentialOptions {
  /** The per-launch owner secret: it is the producer's local UI token; the other local tokens derive from it. */
  ownerToken: string;
  /** Issue per-role LAN join codes (a hub listening beyond loopback); `join` is refused otherwise. */
  lan: boolean;
  /** A join code given by the embedder: it becomes the assistant's code. */
  assistantJoinCode?: string;
  /** Join codes expire after this long (default 12 h); rotate() issues fresh ones. */
  joinCodeTtlMs?: number;
  /** First secrets of role-less slots given by the embedder (e.g. a fixed ingest token for a test rig); rotate() replaces them. */
  seeds?: Partial<Record<'ingest' | 'overlay', string>>;
  /** First secrets of ingest, overlay and control slots kept from an earlier run (auth/credentialStore.ts), by slot (`control:host`); seeds win. */
  kept?: Readonly<Record<string, string | undefined>>;
  now: () => number;
}

const slotKey = (kind: CredentialKind, role: Role | null) => (role ? `${kind}:${role}` : kind);
const ROLE_NEEDED: Record<CredentialKind, boolean> = { ui: true, join: true, control: true, ingest: false, overlay: false };

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Local tokens of host/assistant derive from the owner token, so a restarted hub (same owner token) keeps them. */
export function derivedToken(ownerToken: string, slot: string): string {
  return createHmac('sha256', ownerToken).update(`livedeck:${slot}`).digest('base64url').slice(0, 32);
}

/** 6 digits for host/assistant, 8 for the producer; never equal to another live code. */
function newJoinCode(role: Role, taken: ReadonlySet<string>): string {
  const digits = role === 'producer' ? 8 : 6;
  for (;;) {
    const code = String(randomInt(10 ** (digits - 1), 10 ** digits));
    if (!taken.has(code)) return code;
  }
}

/**
 * The hub's credential registry: one secret per use, so the role a client acts as follows from
 * the secret it holds and never from what it declares. See docs/security.md.
 */
export function createCredentials(opts: CredentialOptions): CredentialRegistry {
  const ttl = opts.joinCodeTtlMs ?? 12 * 3600_000;
  const slots = new Map<string, Issued>();
  const listeners = new Set<(change: CredentialChange) => void>();
  const changed = (next: Issued, rotated: boolean, previous: Issued | undefined) => {
    for (const l of [...listeners]) l({ kind: next.kind, role: next.role, rotated, previous: previous?.secret ?? null });
  };

  const fresh = (kind: CredentialKind, role: Role | null, rotated: boolean): Issued => {
    if (kind === 'join' && role) {
      if (!opts.lan) throw new Error('join codes exist only on a hub shared on the LAN');
      const taken = new Set([...slots.values()].map((s) => s.secret));
      const code = role === 'assistant' && opts.assistantJoinCode && !rotated && !taken.has(opts.assistantJoinCode)
        ? opts.assistantJoinCode : newJoinCode(role, taken);
      return { kind, role, secret: code, expiresAt: opts.now() + ttl };
    }
    const seed = !rotated && (kind === 'ingest' || kind === 'overlay') ? opts.seeds?.[kind] : undefined;
    if (seed) return { kind, role, secret: seed, expiresAt: null };
    const kept = !rotated && (kind === 'ingest' || kind === 'overlay' || kind === 'control') ? opts.kept?.[slotKey(kind, role)] : undefined;
    if (kept) return { kind, role, secret: kept, expiresAt: null };
    if (kind === 'ui' && role && !rotated) {
      return { kind, role, secret: role === 'producer' ? opts.ownerToken : derivedToken(opts.ownerToken, slotKey(kind, role)), expiresAt: null };
    }
    return { kind, role, secret: randomBytes(24).toString('base64url'), expiresAt: null };
  };

  const slotOf = (kind: CredentialKind, role: Role | undefined): Role | null => {
    if (ROLE_NEEDED[kind] && !role) throw new Error(`credential kind ${kind} needs a role`);
    return ROLE_NEEDED[kind] ? role! : null;
  };

  const issue = (kind: CredentialKind, role?: Role): Issued => {
    const r = slotOf(kind, role);
    const key = slotKey(kind, r);
    const current = slots.get(key);
    if (current && (current.expiresAt === null || current.expiresAt > opts.now())) return current;
    const next = fresh(kind, r, current !== undefined);
    slots.set(key, next);
    changed(next, false, current);
    return next;
  };

  const rotate = (kind: CredentialKind, role?: Role): Issued => {
    const r = slotOf(kind, role);
    const key = slotKey(kind, r);
    const previous = slots.get(key);
    const next = fresh(kind, r, true);
    slots.set(key, next);
    changed(next, true, previous);
    return next;
  };

  // The local owner token (producer) always works, on the LAN too: it is the machine's own secret.
  const owner: Grant = { kind: 'ui', role: 'producer' };
  for (const role of ROLES) issue('ui', role);
  if (opts.lan) for (const role of ROLES) issue('join', role);
  // A seeded secret works from the start, before anyone asks for it.
  for (const kind of ['ingest', 'overlay'] as const) if (opts.seeds?.[kind]) issue(kind);

  return {
    issue,
    rotate,
    verify(secret) {
      if (!secret || secret.length > 200) return null;
      let found: Grant | null = null;
      if (sameSecret(secret, opts.ownerToken)) found = owner;
      const t = opts.now();
      for (const s of slots.values()) {
        if (sameSecret(secret, s.secret) && (s.expiresAt === null || s.expiresAt > t)) found = { kind: s.kind, role: s.role };
      }
      return found;
    },
    joinCodes() {
      if (!opts.lan) return null;
      const codes = Object.create(null) as Record<Role, string>;
      for (const role of ROLES) codes[role] = issue('join', role).secret;
      return codes;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}

/** Roles in order of what they may do: each may act as any role before it (never after). */
const RANK: Record<Role, number> = { host: 0, assistant: 1, producer: 2 };

/**
 * The role a UI client acts as: its credential's role, or — when it declares one — a role that
 * may do no more than the credential's (a producer may open the prompter as host). A declared
 * role above the credential's is refused (null): a header or handshake field never raises a role.
 */
export function actingRole(granted: Role, declared: Role | undefined): Role | null {
  if (declared === undefined) return granted;
  return RANK[declared] <= RANK[granted] ? declared : null;
}
