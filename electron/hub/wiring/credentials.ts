import { randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/protocol/common';
import type { HubOptions } from '../hubContract';
import { LASTING_SLOTS, openCredentialStore, type CredentialStore, type LastingSecrets } from '../auth/credentialStore';
import { createCredentials, type CredentialKind, type CredentialRegistry } from '../auth/credentials';
import type { AccessPolicy } from '../socket/access';

export interface HubCredentials {
  /** The owner token: the producer's local UI credential. */
  token: string;
  credentials: CredentialRegistry;
  /** What every door checks a credential against. */
  policy: AccessPolicy;
  /** Where the lasting credentials are kept (a file in the data folder, or memory). */
  store: CredentialStore;
}

/** The current secret of every lasting slot (issuing any not issued yet). */
export function lastingSecrets(credentials: CredentialRegistry): LastingSecrets {
  const out: LastingSecrets = {};
  for (const slot of LASTING_SLOTS) {
    const [kind, role] = slot.split(':') as [CredentialKind, Role | undefined];
    out[slot] = credentials.issue(kind, role).secret;
  }
  return out;
}

/**
 * The hub's credentials: the owner token (given or random), the registry of every other secret
 * (the overlay, control and ingest ones kept in the data folder when journaling, so a restart
 * answers the same links; every change saved), the access policy.
 */
export function wireCredentials(
  opts: Pick<HubOptions, 'token' | 'joinCode' | 'joinCodeTtlMs' | 'ingest' | 'extraOrigins' | 'journal' | 'dataDir'>,
  ctx: { lan: boolean; now: () => number; dataDir: string },
): HubCredentials {
  const token = opts.token ?? randomBytes(18).toString('base64url');
  const persist = opts.journal ?? opts.dataDir !== undefined;
  const store = openCredentialStore(ctx.dataDir, { persist, announce: opts.journal === false, now: ctx.now });
  const credentials = createCredentials({
    ownerToken: token, lan: ctx.lan, now: ctx.now, joinCodeTtlMs: opts.joinCodeTtlMs,
    ...(opts.joinCode ? { assistantJoinCode: opts.joinCode } : {}),
    ...(opts.ingest?.token ? { seeds: { ingest: opts.ingest.token } } : {}),
    kept: store.loaded,
  });
  if (store.mode.kept === 'file') {
    const keep = () => store.save(lastingSecrets(credentials));
    keep();
    credentials.onChange(keep);
  }
  return { token, credentials, policy: { credentials, extraOrigins: opts.extraOrigins ?? [] }, store };
}
