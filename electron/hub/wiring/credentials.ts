import { randomBytes } from 'node:crypto';
import type { HubOptions } from '../hubContract';
import { createCredentials, type CredentialRegistry } from '../auth/credentials';
import type { AccessPolicy } from '../socket/access';

export interface HubCredentials {
  /** The owner token: the producer's local UI credential. */
  token: string;
  credentials: CredentialRegistry;
  /** What every door checks a credential against. */
  policy: AccessPolicy;
}

/** The hub's credentials: the owner token (given or random), the registry of every other secret, the access policy. */
export function wireCredentials(
  opts: Pick<HubOptions, 'token' | 'joinCode' | 'joinCodeTtlMs' | 'ingest' | 'extraOrigins'>,
  ctx: { lan: boolean; now: () => number },
): HubCredentials {
  const token = opts.token ?? randomBytes(18).toString('base64url');
  const credentials = createCredentials({
    ownerToken: token, lan: ctx.lan, now: ctx.now, joinCodeTtlMs: opts.joinCodeTtlMs,
    ...(opts.joinCode ? { assistantJoinCode: opts.joinCode } : {}),
    ...(opts.ingest?.token ? { seeds: { ingest: opts.ingest.token } } : {}),
  });
  return { token, credentials, policy: { credentials, extraOrigins: opts.extraOrigins ?? [] } };
}
