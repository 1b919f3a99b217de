import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The ingest credential: writes events only, never the UI token. An interface so the hub's
 * credential registry (electron/hub/auth/) can stand in for it.
 */
export interface IngestToken {
  verify(secret: string): boolean;
  readonly value: string;
}

/** A per-launch ingest token (random unless given). */
export function createIngestToken(value: string = `ing_${randomBytes(18).toString('base64url')}`): IngestToken {
  const expected = Buffer.from(value);
  return {
    value,
    verify(secret) {
      const got = Buffer.from(secret);
      return secret.length > 0 && got.length === expected.length && timingSafeEqual(got, expected);
    },
  };
}
