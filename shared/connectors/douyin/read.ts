import { isId } from '../../protocol/common';

/**
 * Defensive readers over parsed JSON: every function accepts `unknown` and answers `undefined` instead
 * of throwing, so a changed page can only make a response 'unparsed', never crash the reader.
 */

export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export function isObject(x: Json): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** JSON.parse without throwing; strips a BOM. */
export function parseJson(text: string): { ok: true; value: Json } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as Json };
  } catch {
    return { ok: false };
  }
}

export function field(x: Json, key: string): Json {
  return isObject(x) && Object.prototype.hasOwnProperty.call(x, key) ? x[key] : undefined;
}

/** An array field; `null` when the platform sent null (an empty poll); undefined when absent or not an array. */
export function listField(x: Json, key: string): Json[] | null | undefined {
  const v = field(x, key);
  if (v === null) return null;
  return Array.isArray(v) ? v : undefined;
}

/** A text field (numbers are turned into their decimal text, as ids often come as either). */
export function text(x: Json, key: string): string | undefined {
  const v = field(x, key);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return Number.isSafeInteger(v) ? String(v) : undefined;
  return undefined;
}

/** A non-negative safe integer (numbers or digit strings). */
export function count(x: Json, key: string): number | undefined {
  const v = field(x, key);
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v.trim()) ? Number(v.trim()) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export function flag(x: Json, key: string): boolean | undefined {
  const v = field(x, key);
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1;
  return undefined;
}

/** A well-formed id read from `key` (string or integer), or undefined. */
export function idField(x: Json, key: string): string | undefined {
  const v = text(x, key);
  return v !== undefined && isId(v) ? v : undefined;
}

/** Largest fen amount LiveDeck accepts (shared/protocol/common.ts `Fen`). */
const MAX_FEN = 1e13;
/** An amount already in fen (integer, ≥ 0). */
export function fen(x: Json, key: string): number | undefined {
  const n = count(x, key);
  return n !== undefined && n <= MAX_FEN ? n : undefined;
}

/**
 * Whether the body is the platform's error envelope: `st` (罗盘), `code` or `status_code` (百应) present
 * and not 0. Such a body carries no data (e.g. `{"st":10012,"msg":"当前视角与页面不匹配","data":null}`).
 */
export function isApiError(body: Json): boolean {
  if (!isObject(body)) return false;
  for (const key of ['st', 'code', 'status_code']) {
    if (!(key in body)) continue;
    const v = body[key];
    if (v === 0 || v === '0' || v === null) continue;
    return true;
  }
  return false;
}

/** Cuts text to `max` UTF-16 units without leaving a lone surrogate. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/** The user id of a message: the platform's when it gives one, else one derived from the (often masked) nickname. */
export function userIdOf(item: Json, nickname: string): string {
  const own = idField(item, 'user_id') ?? idField(item, 'uid') ?? idField(item, 'sec_uid');
  if (own) return own;
  const derived = `dy:nick:${clip(nickname, 100)}`;
  return isId(derived) ? derived : 'dy:anonymous';
}
