import { TRAD_SIMP_PAIRS } from './tradSimp';

/**
 * The one text normaliser. Every UTF-16 code unit goes through two 64 K lookup tables built once:
 *
 * - FOLD: full-width → half-width, Latin lower-case, traditional → simplified, and a few symbols
 *   that mean a kept character (❓ → ?, ➕ → +, ① … ⑨ → 1 … 9);
 * - KIND: what the unit is — a character, INVISIBLE (zero-width, bidi marks, variation selectors,
 *   keycap, BOM), BLANK (spaces, tab, ideographic space, soft hyphen) or PUNCT (punctuation,
 *   controls, line breaks, bidi embeddings).
 *
 * Two forms are read off the same tables:
 * - the comment key (`normalizeInto`, `normalizeTerm`): invisible dropped, blanks and punctuation
 *   removed but remembered as word boundaries, runs of 3+ identical non-digit characters cut to 2
 *   ("好好好看" → "好好看"), written into caller-owned buffers so classifying allocates nothing;
 * - the lint form (`normalizeMapped`, `normalizeMappedTerm`): invisible and blanks dropped,
 *   everything else kept (folded), and each normalised unit maps back to exactly one code unit of
 *   the ORIGINAL text through `map`, so findings keep exact spans. Newlines are kept there: terms
 *   never span lines.
 */

const CHAR = 0;
const INVISIBLE = 1;
const BLANK = 2;
const PUNCT = 3;

function buildTables(): { fold: Uint16Array; kind: Uint8Array } {
  const fold = new Uint16Array(65536);
  const kind = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) fold[c] = c;
  const mark = (k: number, from: number, to = from) => { for (let c = from; c <= to; c++) kind[c] = k; };
  // ASCII: controls and punctuation, except the few kept as characters ("?", "+", ":", "%").
  mark(PUNCT, 0x00, 0x1f);
  mark(PUNCT, 0x7f);
  for (const ch of '!"#$&\'()*,-./;<=>@[\\]^_`{|}~') kind[ch.charCodeAt(0)] = PUNCT;
  for (let c = 0x41; c <= 0x5a; c++) fold[c] = c + 0x20;
  // Latin-1 punctuation and symbols, general punctuation, CJK punctuation.
  mark(PUNCT, 0x80, 0xbf);
  mark(PUNCT, 0x2000, 0x200a);
  mark(PUNCT, 0x2010, 0x202f);
  mark(PUNCT, 0x2030, 0x205e);
  mark(PUNCT, 0x3000, 0x3003);
  mark(PUNCT, 0x3008, 0x3011);
  mark(PUNCT, 0x3014, 0x301f);
  mark(PUNCT, 0x30fb);
  mark(PUNCT, 0xff5f, 0xff65);
  mark(PUNCT, 0x2755); mark(PUNCT, 0x2757); // ❕ ❗
  mark(PUNCT, 0x2605, 0x2606); // ★ ☆
  // Blanks: word boundaries in a comment, nothing at all to the lint ("最 佳" matches 最佳).
  for (const c of [0x20, 0x09, 0xa0, 0xad, 0x3000]) kind[c] = BLANK;
  // Invisible characters.
  mark(INVISIBLE, 0x200b, 0x200f);
  mark(INVISIBLE, 0x2060, 0x2064);
  mark(INVISIBLE, 0xfeff);
  mark(INVISIBLE, 0xfe00, 0xfe0f);
  mark(INVISIBLE, 0x20e3); // combining keycap: "1️⃣" → "1"
  // Full-width ASCII → ASCII (then through the ASCII rules above).
  for (let c = 0xff01; c <= 0xff5e; c++) { fold[c] = fold[c - 0xfee0]!; kind[c] = kind[c - 0xfee0]!; }
  // Symbols that mean a kept character.
  fold[0x2753] = 0x3f; fold[0x2754] = 0x3f; // ❓ ❔ → ?
  fold[0x2795] = 0x2b; // ➕ → +
  for (let d = 0; d < 9; d++) fold[0x2460 + d] = 0x31 + d; // ① … ⑨
  // Traditional → simplified.
  for (let i = 0; i + 1 < TRAD_SIMP_PAIRS.length; i += 2) {
    fold[TRAD_SIMP_PAIRS.charCodeAt(i)] = TRAD_SIMP_PAIRS.charCodeAt(i + 1);
  }
  return { fold, kind };
}

const { fold: FOLD, kind: KIND } = buildTables();

/** The folded form of one code unit (width, case, traditional → simplified). */
export const foldCode = (c: number): number => FOLD[c]!;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A lower-case Latin letter (of the comment key, where Latin is already folded to lower case). */
export const isLatin = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** An ASCII or full-width letter or digit (of the original text, for whole-word lint terms). */
export const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);

// ---------------------------------------------------------------------------------------------
// Comment key

/** Longest prefix of a comment that is examined (the hub caps viewer text at 200 anyway). */
export const MAX_NORM_CHARS = 512;

export interface NormBuffer {
  /** Normalised code units. */
  buf: Uint16Array;
  /** sepBefore[i] = 1 when a space or punctuation stood between buf[i-1] and buf[i]. */
  sepBefore: Uint8Array;
  len: number;
}

export function createNormBuffer(capacity = MAX_NORM_CHARS): NormBuffer {
  return { buf: new Uint16Array(capacity + 1), sepBefore: new Uint8Array(capacity + 2), len: 0 };
}

/** Normalises `text` into the comment key in `out`; returns the normalised length. */
export function normalizeInto(text: string, out: NormBuffer): number {
  const buf = out.buf;
  const sepBefore = out.sepBefore;
  const cap = buf.length - 1;
  const n = text.length;
  let len = 0;
  let pendingSep = 0;
  let prev = -1;
  let run = 0;
  for (let i = 0; i < n && len < cap; i++) {
    const raw = text.charCodeAt(i);
    const k = KIND[raw]!;
    if (k !== CHAR) {
      if (k !== INVISIBLE) pendingSep = 1;
      continue;
    }
    if (raw === 0xd83c) {
      // Skin-tone modifiers (U+1F3FB–1F3FF) carry no meaning.
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdffb && lo <= 0xdfff) { i++; continue; }
    }
    const f = FOLD[raw]!;
    if (f === prev && !isDigit(f)) {
      run++;
      if (run >= 2) continue;
    } else run = 0;
    buf[len] = f;
    sepBefore[len] = pendingSep;
    pendingSep = 0;
    prev = f;
    len++;
  }
  sepBefore[len] = 1;
  out.len = len;
  return len;
}

/** The comment key of a term as a string (used to compile the comment lexicon). */
export function normalizeTerm(text: string): string {
  const nb = createNormBuffer(Math.max(8, text.length + 1));
  const len = normalizeInto(text, nb);
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCharCode(nb.buf[i]!);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Lint form, mapped back to the original text

export interface Normalized {
  codes: Uint16Array;
  /** map[i] = index in the original text of normalised unit i. */
  map: Int32Array;
  length: number;
}

let scratchCodes = new Uint16Array(1024);
let scratchMap = new Int32Array(1024);

/**
 * The lint form of `text`. With `reuse`, the result lives in module-level scratch buffers that
 * the next reusing call overwrites (the lint hot path: no allocation per text).
 */
export function normalizeMapped(text: string, reuse = false): Normalized {
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
    const kind = KIND[c]!;
    if (kind === INVISIBLE || kind === BLANK) continue;
    codes[k] = FOLD[c]!;
    map[k] = i;
    k++;
  }
  return { codes, map, length: k };
}

/** The lint form of a lexicon term, as a string. */
export function normalizeMappedTerm(term: string): string {
  const { codes, length } = normalizeMapped(term);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(codes[i]!);
  return s;
}
