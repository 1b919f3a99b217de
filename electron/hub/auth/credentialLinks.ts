import { ROLES, type Role } from '../../../shared/protocol/common';
import type { CredentialLink, CredentialLinkKind } from '../../../shared/protocol/http';
import type { CredentialRegistry } from './credentials';

/** The view each role's UI link opens. */
const UI_ROUTE: Record<Role, string> = { host: 'prompter', assistant: 'console', producer: 'rundown' };

/** One credential's ready link (shared/protocol/http.ts CredentialLink). */
export function linkOf(hubUrl: string, kind: CredentialLinkKind, role: Role | null, secret: string): CredentialLink {
  const t = encodeURIComponent(secret);
  switch (kind) {
    case 'ui': return { kind, role, url: `${hubUrl}/?token=${t}&role=${role ?? 'producer'}#/${UI_ROUTE[role ?? 'producer']}` };
    case 'ingest': return { kind, role: null, url: `${hubUrl}/api/ingest?token=${t}` };
    case 'overlay': return { kind, role: null, url: `${hubUrl}/?token=${t}#/overlay/question` };
    case 'control': return { kind, role, url: `${hubUrl}/api/control?token=${t}` };
  }
}

export type RotateResult = { ok: true; link: CredentialLink } | { ok: false; code: 'own_credential' | 'role_required' };

export interface CredentialLinks {
  /** ui per role, ingest, overlay, control per role — in that order. */
  list(): CredentialLink[];
  rotate(kind: CredentialLinkKind, role: Role | undefined): RotateResult;
}

/**
 * The producer's tokens & links: every credential of the registry as a link to copy, and
 * rotation (the old secret is refused from then on). The producer's own UI credential is not
 * rotated from the UI: it is the machine's owner token and would lock the page out
 * (`own_credential`).
 */
export function credentialLinks(registry: CredentialRegistry, hubUrl: () => string): CredentialLinks {
  const needsRole = (kind: CredentialLinkKind) => kind === 'ui' || kind === 'control';
  return {
    list() {
      const url = hubUrl();
      return [
        ...ROLES.map((r) => linkOf(url, 'ui', r, registry.issue('ui', r).secret)),
        linkOf(url, 'ingest', null, registry.issue('ingest').secret),
        linkOf(url, 'overlay', null, registry.issue('overlay').secret),
        ...ROLES.map((r) => linkOf(url, 'control', r, registry.issue('control', r).secret)),
      ];
    },
    rotate(kind, role) {
      if (needsRole(kind) && !role) return { ok: false, code: 'role_required' };
      if (kind === 'ui' && role === 'producer') return { ok: false, code: 'own_credential' };
      const r = needsRole(kind) ? role : undefined;
      return { ok: true, link: linkOf(hubUrl(), kind, r ?? null, registry.rotate(kind, r).secret) };
    },
  };
}
