/**
 * The one-time "open in browser" hand-off between the desktop shell, the hub and the renderer.
 * The shell opens `<hub>/handoff?code=<one-time code>` in the system browser; the hub redeems the
 * code (once, within HANDOFF_TTL_MS), answers with a short-lived cookie holding the access token
 * and a redirect to the app; the renderer moves the token into its per-tab session and deletes the
 * cookie. The token is never part of a URL, so it never reaches the browser's history.
 */
export const HANDOFF_PATH = '/handoff';
export const HANDOFF_COOKIE = 'livedeck_handoff';
/** A code can be redeemed once, within this time after it was issued. */
export const HANDOFF_TTL_MS = 60_000;
/** How long the browser keeps the hand-off cookie if the page never loads to take it, seconds. */
export const HANDOFF_COOKIE_MAX_AGE_S = 60;
/** A one-time code: 32 random bytes, base64url. */
export const HANDOFF_CODE_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** What may travel in the cookie: an access token (base64url). */
export const HANDOFF_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;
