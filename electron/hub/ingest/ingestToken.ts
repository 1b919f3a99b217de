import type { CredentialRegistry } from '../auth/credentials';

/**
 * The ingest credential as the ingest door sees it: a thin view of the hub's credential registry
 * (kind `ingest`: writes events only, never the UI token). Rotating it in the registry (the
 * producer's tokens panel) makes the old secret fail here at once.
 */
export interface IngestToken {
  verify(secret: string): boolean;
  /** The current secret (changes when rotated). */
  readonly value: string;
}

/** The registry's ingest slot, issued now (a secret not yet issued would verify nothing). */
export function ingestTokenOf(credentials: CredentialRegistry): IngestToken {
  credentials.issue('ingest');
  return {
    get value() { return credentials.issue('ingest').secret; },
    verify: (secret) => credentials.verify(secret)?.kind === 'ingest',
  };
}
