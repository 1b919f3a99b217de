import base from '../../../assets/lexicon/compliance.json';
import { foldCode, normalizeMapped } from '../../text/normalize';

/**
 * The form of a text every lint rule and the statistical pass read: shared/text/normalize.ts's lint form
 * (width, case and traditional script folded, blanks and zero-width characters dropped), then the
 * spellings hosts use to slip a claim past a filter folded back to the claim, so every term, pattern and
 * n-gram sees them at once:
 *
 * - filler between two Chinese characters: emoji and symbols (最🔥好, 全❤网, 最*低, 绝·对, 微/信) are dropped;
 * - rare or homophone stand-ins for 最: 蕞 朂 冣 always; 嘴 醉 罪 only before a comparison word
 *   (嘴好, 醉低, 醉美 — 嘴巴, 嘴唇, 喝醉 stay as they are);
 * - pinyin next to Chinese characters: zui → 最, jue → 绝, di → 第 (before 一), guo → 国 (before 家);
 *   pinyin initials of other platforms tb/tm/jd/pdd/xhs → 淘宝/天猫/京东/拼多多/小红书;
 * - 第 + a lone 1 → 第一 (第1, 全网第1; 第12 stays);
 * - traditional characters of the lexicon the shared table lacks (網, 獨, 癒, 銷…).
 *
 * The tables (stand-ins, pinyin, traditional pairs) are data: `lintForm` in assets/lexicon/compliance.json.
 *
 * Every lint-form unit keeps the span [start, end) of ORIGINAL code units it came from (one unit, or a
 * whole pinyin syllable), so findings are cut from the text as written and the editor highlights the
 * characters the host typed.
 */
export interface LintForm {
  codes: Uint16Array;
  /** start[i]: index in the original text of the first code unit behind lint-form unit i. */
  start: Int32Array;
  /** end[i]: index one past the last original code unit behind unit i. */
  end: Int32Array;
  length: number;
}

const SPECIAL = new Uint8Array(65536);
const FILLER = 1;
const LETTER = 2;
const STANDIN = 3;
const ALWAYS_ZUI = 4;
const TRAD = 5;
const DI = 6;

interface LintFormTables {
  zuiAlways: string;
  zuiBeforeComparison: string;
  comparisonAfter: string;
  pinyin: { from: string; to: string; before?: string }[];
  ordinalBefore: string;
  tradSimpPairs: string;
}
const TABLES = (base as unknown as { lintForm: LintFormTables }).lintForm;

const ZUI = 0x6700; // 最
const YI = 0x4e00; // 一
const EXTRA_FOLD = new Uint16Array(65536);

function init(): void {
  // Filler: symbols hosts put inside a word. ASCII ones only between two Chinese characters (3.5 stays).
  for (const ch of '*·•-_/|\\.^`\'"#@+=<>…') SPECIAL[ch.charCodeAt(0)] = FILLER;
  for (let c = 0x2190; c <= 0x21ff; c++) SPECIAL[c] = FILLER; // arrows
  for (let c = 0x2300; c <= 0x23ff; c++) SPECIAL[c] = FILLER; // technical (⌚ ⏰)
  for (let c = 0x25a0; c <= 0x27bf; c++) SPECIAL[c] = FILLER; // shapes, misc symbols, dingbats (★ ❤ ✨ ✔)
  for (let c = 0x2b00; c <= 0x2bff; c++) SPECIAL[c] = FILLER; // ⭐ ⭕
  for (let c = 0xd800; c <= 0xdfff; c++) SPECIAL[c] = FILLER; // astral: emoji (both halves of the pair)
  for (const c of [0x3030, 0x303d, 0x3297, 0x3299, 0x2122, 0x2139]) SPECIAL[c] = FILLER;
  for (let c = 0x61; c <= 0x7a; c++) SPECIAL[c] = LETTER;
  for (const ch of TABLES.zuiBeforeComparison) SPECIAL[ch.charCodeAt(0)] = STANDIN;
  for (const ch of TABLES.zuiAlways) SPECIAL[ch.charCodeAt(0)] = ALWAYS_ZUI;
  SPECIAL[TABLES.ordinalBefore.charCodeAt(0)] = DI;
  const pairs = TABLES.tradSimpPairs;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const t = pairs.charCodeAt(i);
    if (foldCode(t) !== t || SPECIAL[t] !== 0) continue;
    SPECIAL[t] = TRAD;
    EXTRA_FOLD[t] = pairs.charCodeAt(i + 1);
  }
}
init();

/** Characters after a stand-in that make it 最 (嘴好, 醉低, 罪便宜, 醉美). */
const COMPARISON_AFTER = new Set([...TABLES.comparisonAfter].map((c) => c.charCodeAt(0)));

/** Pinyin (already lower-case) standing next to Chinese characters, and what it stands for. */
const PINYIN: ReadonlyMap<string, { to: string; before?: string }> = new Map(TABLES.pinyin.map((p) => [p.from, p]));

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

let scratch: LintForm = { codes: new Uint16Array(0), start: new Int32Array(0), end: new Int32Array(0), length: 0 };

/**
 * The lint form of `text`. With `reuse`, the arrays are module-level scratch buffers the next reusing
 * call overwrites (the lint's hot path allocates nothing per text).
 */
export function lintForm(text: string, reuse = false): LintForm {
  // The shared lint form, read from its scratch buffers (copied into this form's own arrays below).
  const base = normalizeMapped(text, true);
  const n = base.length;
  const src = base.codes;
  const map = base.map;
  let codes: Uint16Array;
  let start: Int32Array;
  let end: Int32Array;
  if (reuse) {
    if (scratch.codes.length < n) {
      let size = Math.max(1024, scratch.codes.length);
      while (size < n) size *= 2;
      scratch = { codes: new Uint16Array(size), start: new Int32Array(size), end: new Int32Array(size), length: 0 };
    }
    ({ codes, start, end } = scratch);
  } else {
    codes = new Uint16Array(n);
    start = new Int32Array(n);
    end = new Int32Array(n);
  }
  let k = 0;
  const put = (c: number, s: number, e: number) => { codes[k] = c; start[k] = s; end[k] = e; k++; };
  /** Original end of base unit i (an astral character is one base unit per half: keep both halves). */
  const endOf = (i: number) => map[i]! + 1;
  for (let i = 0; i < n; i++) {
    const c = src[i]!;
    const kind = SPECIAL[c]!;
    if (kind === 0) { put(c, map[i]!, endOf(i)); continue; }
    if (kind === FILLER) {
      // A run of filler between two Chinese characters is dropped; anywhere else it stays.
      let j = i;
      while (j < n && SPECIAL[src[j]!] === FILLER) j++;
      const prevHan = k > 0 && isHan(codes[k - 1]!);
      if (prevHan && j < n && isHan(src[j]!)) { i = j - 1; continue; }
      for (let q = i; q < j; q++) put(src[q]!, map[q]!, endOf(q));
      i = j - 1;
      continue;
    }
    if (kind === LETTER) {
      let j = i;
      while (j < n && SPECIAL[src[j]!] === LETTER) j++;
      const prev = k > 0 ? codes[k - 1]! : 0;
      const next = j < n ? src[j]! : 0;
      const py = j - i <= 3 ? PINYIN.get(String.fromCharCode(...src.subarray(i, j))) : undefined;
      if (py !== undefined && (isHan(prev) || isHan(next)) && (py.before === undefined || next === py.before.charCodeAt(0))) {
        const s = map[i]!;
        const e = endOf(j - 1);
        if (py.to.length === j - i) for (let q = 0; q < py.to.length; q++) put(py.to.charCodeAt(q), map[i + q]!, endOf(i + q));
        else for (let q = 0; q < py.to.length; q++) put(py.to.charCodeAt(q), s, e);
      } else {
        for (let q = i; q < j; q++) put(src[q]!, map[q]!, endOf(q));
      }
      i = j - 1;
      continue;
    }
    if (kind === ALWAYS_ZUI || (kind === STANDIN && i + 1 < n && COMPARISON_AFTER.has(src[i + 1]!))) { put(ZUI, map[i]!, endOf(i)); continue; }
    if (kind === TRAD) { put(EXTRA_FOLD[c]!, map[i]!, endOf(i)); continue; }
    if (kind === DI && i + 1 < n && src[i + 1] === 0x31 && !(i + 2 < n && isDigit(src[i + 2]!))) {
      put(c, map[i]!, endOf(i));
      put(YI, map[i + 1]!, endOf(i + 1));
      i++;
      continue;
    }
    put(c, map[i]!, endOf(i));
  }
  if (reuse) scratch.length = k;
  return { codes, start, end, length: k };
}

/** The lint form of a lexicon term or cue, as a string. */
export function lintFormTerm(term: string): string {
  const { codes, length } = lintForm(term);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(codes[i]!);
  return s;
}
