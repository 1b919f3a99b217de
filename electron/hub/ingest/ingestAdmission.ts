import { FailureThrottle } from '../socket/throttle';

/** Wrong ingest tokens from one address: this many are free, then the address waits (doubling with each further wrong one). */
export const INGEST_FREE_TRIES = 5;

export interface IngestAdmission {
  /** Ms the address must still wait (0 = may try). */
  retryAfterMs(address: string | undefined): number;
  /** Count a wrong token from the address. */
  fail(address: string | undefined): void;
}

/**
 * The ingest door's wrong-token throttle, per address (loopback too: a local proxy is an address
 * like any other): after INGEST_FREE_TRIES wrong tokens in 10 minutes the address is refused for a
 * minute (429 + Retry-After over HTTP, `throttled` at the WebSocket handshake), longer after each
 * further wrong one. Other addresses, and their right tokens, are unaffected.
 */
export function createIngestAdmission(opts: { now: () => number }): IngestAdmission {
  const throttle = new FailureThrottle(INGEST_FREE_TRIES, 10 * 60_000, 60_000);
  const key = (address: string | undefined) => (address ?? 'unknown').replace(/^::ffff:/, '');
  return {
    retryAfterMs: (address) => throttle.retryAfterMs(key(address), opts.now()),
    fail: (address) => throttle.fail(key(address), opts.now()),
  };
}
