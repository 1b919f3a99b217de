import { z } from 'zod';

/** Money is always integer fen (分). */
export const Fen = z.number().int().min(0).max(1e13);
/** Epoch milliseconds from the hub's clock. */
export const EpochMs = z.number().int().min(0);
/**
 * Characters an id may not hold: C0/C1 controls, line/paragraph separators, zero-width and bidi
 * controls, BOM, and lone surrogates. Ids are data: they are shown, journaled and used as keys.
 */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const ID_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Whether `s` is a well-formed id: 1–128 UTF-16 units, none forbidden, and not `__proto__` (a JSON record cannot hold that key). */
export const isId = (s: string): boolean => s.length >= 1 && s.length <= 128 && !ID_FORBIDDEN.test(s) && s !== '__proto__';
/** An id at any boundary (events, commands, import, documents, handshake). */
export const Id = z.string().min(1).max(128).refine((s) => !ID_FORBIDDEN.test(s) && s !== '__proto__', { message: 'invalid id (control characters or a reserved name)' });

export const ROLES = ['host', 'assistant', 'producer'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Longest viewer text the hub keeps (DESIGN §6: cap length). */
export const MAX_VIEWER_TEXT = 200;
export const MAX_NICKNAME = 40;
