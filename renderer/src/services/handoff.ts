import { HANDOFF_COOKIE, HANDOFF_TOKEN_PATTERN } from '../../../shared/protocol/handoff';

/**
 * Takes the access token the hub's one-time "open in browser" link left in a short-lived cookie
 * (shared/protocol/handoff.ts) and deletes the cookie at once, so the token lives on only in this
 * tab's session. Null when there is none (or it is malformed).
 */
export function takeHandoffToken(doc: Pick<Document, 'cookie'>): string | null {
  let value: string | null = null;
  for (const part of doc.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === HANDOFF_COOKIE) value = part.slice(eq + 1).trim();
  }
  if (value === null) return null;
  doc.cookie = `${HANDOFF_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`;
  return HANDOFF_TOKEN_PATTERN.test(value) ? value : null;
}
