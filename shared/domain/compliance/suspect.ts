import model from '../../../assets/lexicon/compliance-model.json';
import type { ComplianceCategory } from '../../protocol/lexicon';
import type { CompiledLexicon } from './lexicon';
import { lintForm, type LintForm } from './lintForm';
import type { Finding } from './types';

/**
 * The lint's statistical second pass ("疑似…，请复核"): a one-vs-rest logistic regression over the
 * character 1–3-grams of the lint form of a line (lintForm.ts: folded width, case and script, blanks
 * dropped, evasive spellings folded; digits folded to 0; n-grams never cross a clause break). Weights, bias and
 * a per-category threshold live in assets/lexicon/compliance-model.json, fitted by
 * test/support/trainSuspect.ts on the tuning splits of the labelled set only.
 *
 * It catches wordings the terms and pattern families do not list, so it only ever WARNS: a finding
 * of rule `suspect`, severity "warning", its category in `params.category`, spanning the clause that
 * holds the category's strongest n-grams. It is a prompt to review, not a verdict. It stays silent
 * on a clause the rules already flagged, on a quoted clause (我们不说…), on a clause whose claim the
 * rules found denied (不是最便宜的), and for `absolute` after a same-brand marker (本店、我们家…); the
 * n-grams of the allow-listed phrases, the product's brand and denied clauses may lower a score but
 * never raise it.
 */

interface CategoryModel {
  bias: number;
  /** Decision threshold on the score (a logit), chosen by cross-validation on the tuning splits. */
  threshold: number;
  weights: Record<string, number>;
}

export interface SuspectModel {
  /** Categories of today's rules that already cover a model category (efficacy-guarantee ⊂ unverifiable…). */
  covers: Record<string, string[]>;
  categories: Record<string, CategoryModel>;
}

/** Clause breaks of the lint form (same set as lintText). */
const BREAK = new Set([...'\u3002\uff01\uff1f!?\uff1b;\uff0c,\n\r\u3001~'].map((c) => c.charCodeAt(0)));

const foldDigit = (c: number) => (c >= 0x30 && c <= 0x39 ? 0x30 : c);

/** Numeric key of the n-gram codes[s, e) (1–3 UTF-16 units; lengths never collide: units are non-zero). */
function keyOf(codes: ArrayLike<number>, s: number, e: number): number {
  let k = 0;
  for (let i = s; i < e; i++) k = k * 65536 + foldDigit(codes[i]!);
  return k;
}

/** The n-gram a key stands for (for the weights file and explanations). */
export function gramText(key: number): string {
  const units: number[] = [];
  for (let k = key; k > 0; k = Math.floor(k / 65536)) units.unshift(k % 65536);
  return String.fromCharCode(...units);
}

function gramKey(gram: string): number {
  const codes: number[] = [];
  for (let i = 0; i < gram.length; i++) codes.push(gram.charCodeAt(i));
  return keyOf(codes, 0, codes.length);
}

/** Clauses [start, end) of the normalised codes (runs between breaks, non-empty). */
export function clausesOf(codes: ArrayLike<number>, length: number): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (let i = 0; i <= length; i++) {
    if (i === length || BREAK.has(codes[i]!)) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** Calls `hit(key, start, end)` for every 1–3-gram inside the clause [s, e). */
export function eachGram(codes: ArrayLike<number>, s: number, e: number, hit: (key: number, start: number, end: number) => void): void {
  for (let i = s; i < e; i++) {
    for (let len = 1; len <= 3 && i + len <= e; len++) hit(keyOf(codes, i, i + len), i, i + len);
  }
}

/** The distinct n-grams of a line, as text (what the training script fits on). */
export function lineGrams(text: string): string[] {
  const { codes, length } = lintForm(text);
  const keys = new Set<number>();
  for (const [s, e] of clausesOf(codes, length)) eachGram(codes, s, e, (k) => keys.add(k));
  return [...keys].map(gramText);
}

interface Compiled {
  ids: ComplianceCategory[];
  bias: Float64Array;
  threshold: Float64Array;
  /** n-gram key → flat [categoryIndex, weight, …]. */
  weights: Map<number, number[]>;
  covers: Map<ComplianceCategory, Set<string>>;
}

export function compileSuspectModel(m: SuspectModel): Compiled {
  const ids = Object.keys(m.categories) as ComplianceCategory[];
  const weights = new Map<number, number[]>();
  ids.forEach((id, ci) => {
    for (const [gram, w] of Object.entries(m.categories[id]!.weights)) {
      const k = gramKey(gram);
      const list = weights.get(k);
      if (list) list.push(ci, w); else weights.set(k, [ci, w]);
    }
  });
  return {
    ids,
    bias: Float64Array.from(ids.map((id) => m.categories[id]!.bias)),
    threshold: Float64Array.from(ids.map((id) => m.categories[id]!.threshold)),
    weights,
    covers: new Map(ids.map((id) => [id, new Set([id, ...(m.covers[id] ?? [])])])),
  };
}

let compiled: Compiled | null = null;
const baseModel = (): Compiled => (compiled ??= compileSuspectModel(model as SuspectModel));

interface Scored {
  clauses: [number, number][];
  /** Per category: the line's score (each n-gram once). */
  line: Float64Array;
  /** Per clause × category: the clause's own score (bias + its n-grams' weights): where the evidence sits. */
  clause: Float64Array;
}

/** Line and per-clause scores over the lint form; n-grams touching `skip` (allowed phrases, brand, denied clauses) count only when they lower a score. */
function score(codes: Uint16Array, length: number, m: Compiled, skip: Uint8Array | null): Scored {
  const clauses = clausesOf(codes, length);
  const nc = m.ids.length;
  const line = Float64Array.from(m.bias);
  const clause = new Float64Array(clauses.length * nc);
  const seen = new Set<number>();
  clauses.forEach(([s, e], ci) => {
    clause.set(m.bias, ci * nc);
    const local = new Set<number>();
    eachGram(codes, s, e, (k, gs, ge) => {
      const ws = m.weights.get(k);
      if (!ws || local.has(k)) return;
      // An n-gram touching a skipped span may lower a score, never raise it.
      const skipped = skip !== null && skip.subarray(gs, ge).includes(1);
      local.add(k);
      const first = !seen.has(k);
      seen.add(k);
      for (let j = 0; j < ws.length; j += 2) {
        const w = ws[j + 1]!;
        if (skipped && w > 0) continue;
        if (first) line[ws[j]!]! += w;
        clause[ci * nc + ws[j]!]! += w;
      }
    });
  });
  return { clauses, line, clause };
}

/** Per-category scores (logits) of a line, before thresholds: for tests and the training script's check. */
export function suspectScores(text: string, m: Compiled = baseModel()): Record<string, number> {
  const { codes, length } = lintForm(text);
  const { line } = score(codes, length, m, null);
  return Object.fromEntries(m.ids.map((id, i) => [id, line[i]!]));
}

const containsAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/**
 * Warnings for the categories the model rates above threshold in a line, each on the best clause the
 * rules left untouched. `ruleFindings` are the rules' findings on `text` (sorted, non-overlapping);
 * the result merges them with the warnings, still sorted and non-overlapping.
 */
export function withSuspects(
  text: string, ruleFindings: Finding[], lex: CompiledLexicon, allow: readonly string[] | undefined,
  allowed: Uint8Array | null, denied: readonly (readonly [number, number])[] = [], form: LintForm = lintForm(text),
  m: Compiled = baseModel(),
): Finding[] {
  const { codes, length, start: map, end: ends } = form;
  if (length === 0) return ruleFindings;
  // Spans whose n-grams are not scored: the lexicon's allowed phrases (lintText's mask, same normalised
  // indices) and the product's brand.
  let skip: Uint8Array | null = allowed !== null && allowed.length >= length ? allowed.slice(0, length) : null;
  for (const phrase of [...(allow ?? []).filter((p) => p.length >= 2)]) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      skip ??= new Uint8Array(length);
      for (let i = 0; i < length; i++) if (map[i]! >= at && map[i]! < at + phrase.length) skip[i] = 1;
    }
  }
  // A clause holding a claim the rules found denied or quoted (不是最便宜的) is not scored either.
  for (const [ds, de] of denied) {
    let i = 0;
    while (i < length && ends[i]! <= ds) i++;
    let from = i;
    while (from > 0 && !BREAK.has(codes[from - 1]!)) from--;
    let to = i;
    while (to < length && (map[to]! < de || !BREAK.has(codes[to]!))) to++;
    if (from < to) (skip ??= new Uint8Array(length)).fill(1, from, to);
  }
  const nc = m.ids.length;
  const { clauses, line, clause } = score(codes, length, m, skip);
  const out = [...ruleFindings];
  const used = new Uint8Array(clauses.length);
  const order = m.ids.map((_, c) => c).filter((c) => line[c]! >= m.threshold[c]!).sort((a, b) => (line[b]! - m.threshold[b]!) - (line[a]! - m.threshold[a]!));
  for (const c of order) {
    const id = m.ids[c]!;
    const covers = m.covers.get(id)!;
    let best = -1;
    clauses.forEach(([s, e], ci) => {
      if (used[ci] || clause[ci * nc + c]! <= m.bias[c]!) return;
      const start = map[s]!;
      const end = ends[e - 1]!;
      if (out.some((f) => f.start < end && f.end > start)) return;
      if (denied.some(([ds, de]) => ds < end && de > start)) return;
      const words = text.slice(start, end);
      if (containsAny(words, lex.quoteNegations)) return;
      if (covers.has('absolute') && containsAny(words, lex.selfComparisonMarkers)) return;
      if (best < 0 || clause[ci * nc + c]! > clause[best * nc + c]!) best = ci;
    });
    if (best < 0) continue;
    // A rule finding of this category elsewhere in the line already speaks for it.
    if (ruleFindings.some((f) => covers.has(f.category))) continue;
    used[best] = 1;
    const [s, e] = clauses[best]!;
    const start = map[s]!;
    const end = ends[e - 1]!;
    const span = text.slice(start, end);
    out.push({
      start, end, text: span, rule: 'suspect', category: id, severity: 'warning',
      params: { category: id, score: Math.round(line[c]! * 100) / 100 }, suggestion: span,
    });
  }
  if (out.length > ruleFindings.length) out.sort((a, b) => a.start - b.start);
  return out;
}
