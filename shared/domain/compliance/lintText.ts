import type { CompiledLexicon, PriceEntry, TermEntry } from './lexicon';
import { getCompiledLexicon } from './lexicon';
import { isAsciiAlnum } from '../../text/normalize';
import { lintForm, type LintForm } from './lintForm';
import { checkPriceClaim } from './priceClaims';
import { codesToString, eachMatch } from './patterns';
import { withSuspects } from './suspect';
import type { Finding, LintContext } from './types';

/** Clause breaks: 。！？!?；;，,、 and line ends. */
const CLAUSE_BREAK = new Set([...'\u3002\uff01\uff1f!?\uff1b;\uff0c,\n\r\u3001']);
const LOOKBACK = 12;

interface Candidate {
  entry: TermEntry | PriceEntry;
  /** Normalised span. */
  ns: number;
  ne: number;
  /** Found by a pattern family: the finding's `term` is the matched text. */
  pattern?: boolean;
}

function precededBySelfMarker(text: string, start: number, markers: readonly string[]): boolean {
  let from = start;
  while (from > 0 && start - from < LOOKBACK && !CLAUSE_BREAK.has(text[from - 1]!)) from--;
  if (from === start) return false;
  const window = text.slice(from, start);
  return markers.some((m) => window.includes(m));
}

/** Gap allowed between a negation and the term it denies (不是说永久, 不敢说完全无副作用). */
const NEGATION_GAP = 3;

/** The term is denied in its own clause: a negation ends at most NEGATION_GAP characters before it. */
function negated(text: string, start: number, negations: readonly string[]): boolean {
  let from = start;
  while (from > 0 && start - from < LOOKBACK && !CLAUSE_BREAK.has(text[from - 1]!)) from--;
  const window = text.slice(from, start);
  return negations.some((n) => {
    const at = window.lastIndexOf(n);
    return at >= 0 && window.length - (at + n.length) <= NEGATION_GAP;
  });
}

/** The term is denied later in its own clause (a postposed denial: 永久保修我们不承诺, 三天见效这个不保证). */
function deniedAfter(text: string, end: number, denials: readonly string[]): boolean {
  let to = end;
  while (to < text.length && to - end < LOOKBACK && !CLAUSE_BREAK.has(text[to]!)) to++;
  const window = text.slice(end, to);
  return denials.some((d) => window.includes(d));
}

/** The term is quoted: a "won't say" phrase stands anywhere before it in its clause (不说什么最好最便宜). */
function quoted(text: string, start: number, quoteNegations: readonly string[]): boolean {
  let from = start;
  while (from > 0 && start - from < LOOKBACK && !CLAUSE_BREAK.has(text[from - 1]!)) from--;
  if (from === start) return false;
  const window = text.slice(from, start);
  return quoteNegations.some((q) => window.includes(q));
}

/** First normalised index whose original index is ≥ orig (map is strictly increasing). */
function toNorm(map: Int32Array, length: number, orig: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid]! < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.ns - b.ns || (b.ne - b.ns) - (a.ne - a.ns) || severityRank(a) - severityRank(b);
}

function severityRank(c: Candidate): number {
  return c.entry.kind === 'term' && c.entry.severity === 'error' ? 0 : 1;
}

/**
 * Lints one text. Findings are sorted by start, never overlap, and carry offsets into `text`.
 * Matching: one Aho–Corasick pass finds every risky term, price keyword and allowed phrase;
 * the pattern families (patterns.ts) add their matches and exempt spans on the same normalised text;
 * a risky term overlapping an allowed phrase is dropped (第一步, 最佳赏味期, the brand…);
 * overlapping risky terms keep the longest (全网最低价 over 最低价 over 最低).
 */
export function lintText(text: string, ctx: LintContext = {}, compiled?: CompiledLexicon): Finding[] {
  if (text.length === 0) return [];
  const lex = compiled ?? getCompiledLexicon(ctx.lexicon);
  const { findings, allowed, denied, form } = lintRules(text, ctx, lex);
  // The statistical second pass (suspect.ts): warnings only, on clauses the rules left alone (same lint form).
  return ctx.suspects === true ? withSuspects(text, findings, lex, ctx.allow, allowed, denied, form) : findings;
}

interface RuleResult {
  findings: Finding[];
  allowed: Uint8Array | null;
  /** Original spans of claims the rules found denied or quoted (不是最便宜的): the second pass stays off their clauses. */
  denied: [number, number][];
  /** The lint form the rules read (scratch buffers: valid until the next lintForm(…, true)). */
  form: LintForm;
}

/** The rules: lexicon terms, pattern families, price checks and their exemptions. */
function lintRules(text: string, ctx: LintContext, lex: CompiledLexicon): RuleResult {
  const norm = lintForm(text, true);
  const n = norm.length;
  if (n === 0) return { findings: [], allowed: null, denied: [], form: norm };
  const map = norm.start;
  const ends = norm.end;

  const found: number[] = [];
  lex.automaton.collect(norm.codes, n, found);

  let allowed: Uint8Array | null = null;
  const candidates: Candidate[] = [];
  let cued: number[] | null = null;
  const lengths = lex.automaton.patternLength;
  for (let i = 0; i < found.length; i += 2) {
    const id = found[i]!;
    const ne = found[i + 1]!;
    const ns = ne - lengths[id]!;
    const cues = lex.triggers[id];
    if (cues !== undefined) {
      cued ??= [];
      for (const p of cues) if (!cued.includes(p)) cued.push(p);
    }
    const entry = lex.entries[id]!;
    if (entry.kind === 'cue') continue;
    if (entry.boundaryStart && map[ns]! > 0 && isAsciiAlnum(text.charCodeAt(map[ns]! - 1))) continue;
    if (entry.boundaryEnd && isAsciiAlnum(text.charCodeAt(ends[ne - 1]!))) continue;
    if (entry.kind === 'allow') {
      allowed ??= new Uint8Array(n);
      allowed.fill(1, ns, ne);
    } else candidates.push({ entry, ns, ne });
  }
  if (cued !== null) {
    // Pattern families whose cue is in the text, in lexicon order (exempt phrasings mark `allowed`).
    const s = codesToString(norm.codes, n);
    for (const i of cued.sort((a, b) => a - b)) {
      const p = lex.patterns[i]!;
      const entry = p.entry;
      eachMatch(p.re, s, (ns, ne) => {
        if (entry !== null) candidates.push({ entry, ns, ne, pattern: true });
        else (allowed ??= new Uint8Array(n)).fill(1, ns, ne);
      });
    }
  }
  if (candidates.length === 0) return { findings: [], allowed, denied: [], form: norm };

  // Context phrases (the product's brand): searched in the original text.
  if (ctx.allow) {
    for (const phrase of ctx.allow) {
      if (phrase.length < 2) continue;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        allowed ??= new Uint8Array(n);
        allowed.fill(1, toNorm(map, n, at), toNorm(map, n, at + phrase.length));
      }
    }
  }

  if (candidates.length > 1) candidates.sort(byPosition);

  // Leftmost-longest selection among the candidates that no allowed phrase touches.
  const findings: Finding[] = [];
  const denials: [number, number][] = [];
  let lastNormEnd = 0;
  let lastOrigEnd = 0;
  for (const c of candidates) {
    if (c.ns < lastNormEnd) continue;
    if (allowed !== null && allowed.subarray(c.ns, c.ne).includes(1)) continue;
    const start = map[c.ns]!;
    const end = ends[c.ne - 1]!;
    if (start < lastOrigEnd) continue;
    lastNormEnd = c.ne;
    const denied = c.entry.kind === 'price' || c.entry.category !== 'custom'
      ? negated(text, start, lex.negations) || quoted(text, start, lex.quoteNegations) || deniedAfter(text, end, lex.postposedDenials)
      : false;
    if (denied) { lastOrigEnd = end; denials.push([start, end]); continue; }
    if (c.entry.kind === 'price') {
      const f = checkPriceClaim(text, { entry: c.entry, start, end }, ctx.prices);
      if (f) findings.push(f);
      lastOrigEnd = f ? f.end : end;
      continue;
    }
    const e = c.entry;
    const params: Record<string, string | boolean> = { term: c.pattern ? text.slice(start, end) : e.term };
    if (e.variant) params.variant = e.variant;
    if (e.userReason) params.userReason = e.userReason;
    let severity = e.severity;
    if (e.selfComparable && precededBySelfMarker(text, start, lex.selfComparisonMarkers)) {
      severity = 'warning';
      params.selfComparison = true;
    }
    findings.push({
      start, end, text: text.slice(start, end), rule: e.rule, category: e.category, severity,
      params, suggestion: e.suggestion,
    });
    lastOrigEnd = end;
  }
  return { findings, allowed, denied: denials, form: norm };
}

/** Applies a finding's suggestion to the text it was found in. */
export function applySuggestion(text: string, f: Pick<Finding, 'start' | 'end' | 'suggestion'>): string {
  return text.slice(0, f.start) + f.suggestion + text.slice(f.end);
}
