/**
 * Matching normal form. Spaces, tabs, ideographic spaces and zero-width characters are dropped
 * (so "最 佳" and "再不抢 就没了" still match), full-width ASCII becomes ASCII and Latin letters
 * lower case. Every other code unit is kept as is, so each normalised unit maps back to exactly
 * one code unit of the original text through `map`. Newlines are kept: terms never span lines.
 */
export interface Normalized {
  codes: Uint16Array;
  /** map[i] = index in the original text of normalised unit i. */
  map: Int32Array;
  length: number;
}

function isSkipped(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
}

export function normalizeCode(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

let scratchCodes = new Uint16Array(1024);
let scratchMap = new Int32Array(1024);

/**
 * Normalises `text`. With `reuse`, the result lives in module-level scratch buffers that the next
 * reusing call overwrites (the lint hot path: no allocation per text).
 */
export function normalize(text: string, reuse = false): Normalized {
  const n = text.length;
  if (reuse && scratchCodes.length < n) {
    let size = scratchCodes.length;
    while (size < n) size *= 2;
    scratchCodes = new Uint16Array(size);
    scratchMap = new Int32Array(size);
  }
  const codes = reuse ? scratchCodes : new Uint16Array(n);
  const map = reuse ? scratchMap : new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSkipped(c)) continue;
    codes[k] = normalizeCode(c);
    map[k] = i;
    k++;
  }
  return { codes, map, length: k };
}

/** Normal form of a lexicon term, as a string. */
export function normalizeTerm(term: string): string {
  const { codes, length } = normalize(term);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(codes[i]!);
  return s;
}

export function normalizedString(n: Normalized): string {
  let s = '';
  for (let i = 0; i < n.length; i += 4096) {
    s += String.fromCharCode(...n.codes.subarray(i, Math.min(n.length, i + 4096)));
  }
  return s;
}

export const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
