import { TRAD_SIMP_PAIRS } from './tradSimp';

/**
 * Comment normalisation in one pass over UTF-16 code units, through one 64 K lookup table:
 * full-width → half-width, latin lower-case, traditional → simplified, spaces and punctuation
 * removed (remembered as word boundaries), zero-width joiners / variation selectors / keycaps /
 * skin tones dropped, runs of 3+ identical non-digit characters cut to 2 ("好好好看" → "好好看",
 * "？？？" → "??"). Kept as characters: letters, digits, CJK, emoji, and "?", "+", ":", "%".
 *
 * The result is written into buffers owned by the caller (see NormBuffer) so that classifying a
 * comment allocates nothing.
 */

/** Longest prefix of a comment that is examined (the hub caps viewer text at 200 anyway). */
export const MAX_NORM_CHARS = 512;

const DROP = 0;
const SEP = 1;

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

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  const sep = (from: number, to = from) => { for (let c = from; c <= to; c++) t[c] = SEP; };
  const drop = (from: number, to = from) => { for (let c = from; c <= to; c++) t[c] = DROP; };
  // ASCII: controls and punctuation are separators, except the few we keep.
  sep(0x00, 0x20);
  sep(0x7f);
  for (const ch of '!"#$&\'()*,-./;<=>@[\\]^_`{|}~') t[ch.charCodeAt(0)] = SEP;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Latin-1 punctuation and symbols, general punctuation, CJK punctuation.
  sep(0x80, 0xbf);
  sep(0x2000, 0x200a);
  sep(0x2010, 0x2027);
  sep(0x2028, 0x202f);
  sep(0x2030, 0x205e);
  sep(0x3000, 0x3003);
  sep(0x3008, 0x3011);
  sep(0x3014, 0x301f);
  sep(0x30fb);
  sep(0xff5f, 0xff65);
  sep(0x2757); sep(0x2755); // ❗ ❕
  sep(0x2605, 0x2606); // ★ ☆
  // Invisible characters.
  drop(0x200b, 0x200f);
  drop(0x2060, 0x2064);
  drop(0xfeff);
  drop(0xfe00, 0xfe0f);
  drop(0x20e3); // combining keycap: "1️⃣" → "1"
  // Full-width ASCII → ASCII (then through the ASCII rules above).
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0]!;
  t[0x3000] = SEP;
  // Symbols that mean a kept character.
  t[0x2753] = 0x3f; t[0x2754] = 0x3f; // ❓ ❔ → ?
  t[0x2795] = 0x2b; // ➕ → +
  for (let d = 0; d < 9; d++) t[0x2460 + d] = 0x31 + d; // ① … ⑨
  // Traditional → simplified.
  for (let i = 0; i + 1 < TRAD_SIMP_PAIRS.length; i += 2) {
    t[TRAD_SIMP_PAIRS.charCodeAt(i)] = TRAD_SIMP_PAIRS.charCodeAt(i + 1);
  }
  return t;
}

const FOLD = buildFoldTable();

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
export const isLatin = (c: number) => c >= 0x61 && c <= 0x7a;

/** Normalises `text` into `out`; returns the normalised length. */
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
    const f = FOLD[raw]!;
    if (f === DROP) continue;
    if (f === SEP) { pendingSep = 1; continue; }
    if (raw === 0xd83c) {
      // Skin-tone modifiers (U+1F3FB–1F3FF) carry no meaning.
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdffb && lo <= 0xdfff) { i++; continue; }
    }
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

/** Normalised form of a term as a string (used to compile the lexicon). */
export function normalizeTerm(text: string): string {
  const nb = createNormBuffer(Math.max(8, text.length + 1));
  const len = normalizeInto(text, nb);
  let s = '';
  for (let i = 0; i < len; i++) s += String.fromCharCode(nb.buf[i]!);
  return s;
}
