import { createHmac, timingSafeEqual } from 'node:crypto';

/** `sha256=<hex HMAC-SHA256(secret, body)>`: the X-LiveDeck-Signature of a delivery (body = the exact bytes sent). */
export function signBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** What a receiver does (docs/integrations.md has the same few lines): recompute and compare in constant time. */
export function signatureValid(secret: string, body: string | Uint8Array, header: string | undefined): boolean {
  if (!header) return false;
  const want = Buffer.from(signBody(secret, body));
  const got = Buffer.from(header);
  return want.length === got.length && timingSafeEqual(want, got);
}
