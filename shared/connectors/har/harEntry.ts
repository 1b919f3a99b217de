import type { CapturedResponse } from '../douyin';
import { looseBase64ToBytes } from '../../text/base64';
import { decodeUtf8, utf8ByteLength } from '../../text/utf8';

/**
 * One HAR entry's response as a browser saw it: the connectors' CapturedResponse (status 0 when the
 * request failed or was blocked, as Chrome exports it; body null when missing, not text, or cut;
 * ts = startedDateTime + time), and whether its body was cut.
 */
export interface HarResponse extends CapturedResponse {
  /** The body was there but cut (shorter than content.size, or JSON that ends early). */
  truncated: boolean;
}

/** Bodies worth decoding; images, fonts and media are dropped (body null) to save memory. */
export function isTextual(mimeType: string | undefined): boolean {
  if (!mimeType) return true;
  return /json|javascript|text\/|xml|x-www-form-urlencoded|ndjson/i.test(mimeType);
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** True when `text` looks like JSON that stops early: an open string, object or array at its end. */
export function endsInsideJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

function looksJson(mimeType: string | undefined, text: string): boolean {
  if (mimeType && /json/i.test(mimeType)) return true;
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}

/** The body as text and whether it was cut. */
function readBody(content: Obj | null, mimeType: string | undefined): { body: string | null; truncated: boolean } {
  const text = str(content?.text);
  if (text === undefined || !isTextual(mimeType)) return { body: null, truncated: false };
  let body: string;
  let bytes: number;
  if (str(content?.encoding)?.toLowerCase() === 'base64') {
    const raw = looseBase64ToBytes(text);
    if (!raw) return { body: null, truncated: true };
    body = decodeUtf8(raw);
    bytes = raw.length;
  } else {
    body = text;
    bytes = utf8ByteLength(text);
  }
  const size = num(content?.size);
  if (size !== undefined && size > 0 && bytes < size) return { body: null, truncated: true };
  if (looksJson(mimeType, body) && endsInsideJson(body)) {
    try {
      JSON.parse(body);
    } catch {
      return { body: null, truncated: true };
    }
  }
  return { body, truncated: false };
}

/** One HAR entry (already JSON-parsed) as a response, or null when it has no readable request/response/time. */
export function harEntryResponse(entry: unknown): HarResponse | null {
  const e = obj(entry);
  const request = obj(e?.request);
  const response = obj(e?.response);
  const url = str(request?.url);
  const started = Date.parse(str(e?.startedDateTime) ?? '');
  if (!e || !request || !response || !url || !Number.isFinite(started)) return null;
  const content = obj(response.content);
  const mimeType = str(content?.mimeType) || undefined;
  const { body, truncated } = readBody(content, mimeType);
  const time = Math.max(0, num(e.time) ?? 0);
  return {
    url,
    method: (str(request.method) ?? 'GET').toUpperCase(),
    status: Math.trunc(num(response.status) ?? 0),
    ...(mimeType ? { mimeType } : {}),
    body,
    ts: Math.round(started + time),
    truncated,
  };
}
