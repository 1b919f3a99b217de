import base from '../../../assets/lexicon/compliance.json';
import type { ComplianceCategory, FindingSeverity, UserLexicon } from '../../protocol/document';
import { AhoCorasick } from '../../text/ahoCorasick';
import { isAsciiAlnum } from '../../text/normalize';
import { lintFormTerm } from './lintForm';
import { compilePattern } from './patterns';

/** Rewrites a price check offers when it has no number to put back (script text, data). */
export type PriceSuggestion = 'lowestAbsolute' | 'subsidy' | 'lowest' | 'lowestRecent';

export type PriceRef = 'regular' | 'list' | 'live' | 'lowest' | 'lowestAbsolute' | 'subsidy';

/** A category's rule code and default severity (its words live in shared/i18n/compliance.ts). */
export interface CategoryInfo {
  rule: string;
  severity: FindingSeverity;
}

interface EntryBase {
  /** The term as written in the lexicon. */
  term: string;
  /** Term starts / ends with an ASCII letter or digit: needs a word boundary there. */
  boundaryStart: boolean;
  boundaryEnd: boolean;
}
export interface TermEntry extends EntryBase {
  kind: 'term';
  category: ComplianceCategory;
  severity: FindingSeverity;
  rule: string;
  /** The term's own reason/legal basis (a wording code), if it has one. */
  variant?: string;
  /** The producer's own note on their term (data, shown as written). */
  userReason?: string;
  suggestion: string;
  /** An absolute term that may be a same-brand self-comparison (no 全网/全国… scope in it). */
  selfComparable: boolean;
}
export interface PriceEntry extends EntryBase {
  kind: 'price';
  ref: PriceRef;
  /** Also a claim without a number after it (e.g. 恢复原价, 全网最低). */
  bare: boolean;
  /** Names the state (国家补贴): endorsement as well as price. */
  state: boolean;
}
export interface AllowEntry extends EntryBase {
  kind: 'allow';
}
/** Only a cue: a literal one of the pattern families needs in a text before its expression is run. */
export interface CueEntry extends EntryBase {
  kind: 'cue';
}
export type LexiconEntry = TermEntry | PriceEntry | AllowEntry | CueEntry;

/** A pattern family (shared/domain/compliance/patterns.ts): its expression and the finding it makes. */
export interface PatternRule {
  re: RegExp;
  /** `term` is the pattern's id; the finding's `params.term` is the matched text. null = an exempt phrasing. */
  entry: TermEntry | null;
  /** Literals of which at least one is in every match (found by the automaton: the cue gate). */
  cues: readonly string[];
}

export interface CompiledLexicon {
  automaton: AhoCorasick;
  /** Entry per automaton pattern id (one per distinct normalised pattern; allow wins ties). */
  entries: readonly LexiconEntry[];
  /** Per automaton pattern id: the pattern families (indices into `patterns`) it is a cue for. */
  triggers: readonly (readonly number[] | undefined)[];
  selfComparisonMarkers: readonly string[];
  negations: readonly string[];
  /** A claim followed by one of these in its clause is denied (永久保修我们不承诺). */
  postposedDenials: readonly string[];
  /** A claim anywhere after one of these in its clause is quoted, not made (不说什么最好最便宜, 规定不能说全网最低). */
  quoteNegations: readonly string[];
  categories: Readonly<Record<ComplianceCategory, CategoryInfo>>;
  /** Pattern families, risky and exempt (entry null: 开封后…口感最佳), run only when a cue was found. */
  patterns: readonly PatternRule[];
}

interface BaseLexicon {
  categories: Record<string, CategoryInfo>;
  terms: { term: string; category: string; severity?: string; suggestion?: string; variant?: string }[];
  priceClaims: { term: string; ref: string; bare?: boolean; state?: boolean }[];
  allow: { term: string; note?: string }[];
  /** Fibre-composition labels (100%长绒棉, 百分之百桑蚕丝): every prefix × material is allowed. */
  compositions: { prefixes: string[]; materials: string[] };
  patterns: { id: string; re: string; cues: string[]; category: string; severity?: string; variant?: string; suggestion?: string; note?: string }[];
  allowPatterns: { re: string; cues: string[]; note?: string }[];
  priceSuggestions: Record<PriceSuggestion, string>;
  selfComparisonMarkers: string[];
  /** A claim right after one of these in its clause is denied, not made (不是永久不粘, 不敢说无副作用). */
  negations: string[];
  /** A claim followed by one of these in its clause is denied, not made (永久保修我们不承诺). */
  postposedDenials: string[];
  /** Saying one will not say it: every claim after it in its clause is quoted (我们不说什么转运招财). */
  quoteNegations: string[];
  externalScopeWords: string[];
}

const BASE = base as unknown as BaseLexicon;
export const PRICE_SUGGESTIONS: Readonly<Record<PriceSuggestion, string>> = BASE.priceSuggestions;
export const CATEGORY_INFO = BASE.categories as Readonly<Record<ComplianceCategory, CategoryInfo>>;

function boundaries(norm: string) {
  return {
    boundaryStart: norm.length > 0 && isAsciiAlnum(norm.charCodeAt(0)),
    boundaryEnd: norm.length > 0 && isAsciiAlnum(norm.charCodeAt(norm.length - 1)),
  };
}

type TermSource = BaseLexicon['terms'][number] | UserLexicon['terms'][number];

function termEntry(t: TermSource, external: readonly string[]): TermEntry {
  const category = t.category as ComplianceCategory;
  const info = CATEGORY_INFO[category] ?? CATEGORY_INFO.custom;
  const entry: TermEntry = {
    kind: 'term',
    term: t.term,
    category,
    severity: (t.severity as FindingSeverity | undefined) ?? info.severity,
    rule: info.rule,
    suggestion: t.suggestion ?? '',
    selfComparable: category === 'absolute' && !external.some((w) => t.term.includes(w)),
    ...boundaries(lintFormTerm(t.term)),
  };
  if ('variant' in t && t.variant) entry.variant = t.variant;
  if ('reason' in t && t.reason) entry.userReason = t.reason;
  return entry;
}

/** Builds the automaton for the base lexicon plus the producer's additions. */
export function compileLexicon(user?: UserLexicon): CompiledLexicon {
  const byPattern = new Map<string, LexiconEntry>();
  // Order matters: later entries replace earlier ones for the same pattern; allow is added last
  // so an exception always beats a term with the same spelling.
  const put = (e: LexiconEntry) => {
    const norm = lintFormTerm(e.term);
    if (norm.length === 0) return;
    byPattern.set(norm, e);
  };
  for (const t of BASE.terms) put(termEntry(t, BASE.externalScopeWords));
  for (const p of BASE.priceClaims) {
    put({ kind: 'price', term: p.term, ref: p.ref as PriceRef, bare: p.bare === true, state: p.state === true, ...boundaries(lintFormTerm(p.term)) });
  }
  for (const t of user?.terms ?? []) {
    put(termEntry(t, BASE.externalScopeWords));
  }
  for (const a of BASE.allow) put({ kind: 'allow', term: a.term, ...boundaries(lintFormTerm(a.term)) });
  for (const term of compositionTerms()) put({ kind: 'allow', term, ...boundaries(lintFormTerm(term)) });
  for (const a of user?.allow ?? []) put({ kind: 'allow', term: a, ...boundaries(lintFormTerm(a)) });
  const rules = basePatterns();
  const cueOf = new Map<string, number[]>();
  rules.forEach((r, i) => {
    for (const cue of r.cues) {
      const norm = lintFormTerm(cue);
      if (norm.length === 0) continue;
      const list = cueOf.get(norm);
      if (list) { if (!list.includes(i)) list.push(i); } else cueOf.set(norm, [i]);
      if (!byPattern.has(norm)) byPattern.set(norm, { kind: 'cue', term: cue, boundaryStart: false, boundaryEnd: false });
    }
  });
  const patterns = [...byPattern.keys()];
  return {
    automaton: new AhoCorasick(patterns),
    entries: [...byPattern.values()],
    triggers: patterns.map((k) => cueOf.get(k)),
    selfComparisonMarkers: BASE.selfComparisonMarkers,
    negations: BASE.negations,
    postposedDenials: BASE.postposedDenials,
    quoteNegations: BASE.quoteNegations,
    categories: CATEGORY_INFO,
    patterns: rules,
  };
}

function compositionTerms(): string[] {
  const { prefixes, materials } = BASE.compositions;
  return prefixes.flatMap((p) => materials.map((m) => p + m));
}

let patternCache: PatternRule[] | null = null;

/** The base lexicon's pattern families then its exempt phrasings, compiled once (not user-editable). */
function basePatterns(): PatternRule[] {
  patternCache ??= [...BASE.patterns.map((p): PatternRule => {
    const entry = termEntry({ term: p.id, category: p.category, severity: p.severity, suggestion: p.suggestion, variant: p.variant }, []);
    entry.selfComparable = entry.category === 'absolute' && !BASE.externalScopeWords.some((w) => p.re.includes(w));
    return { re: compilePattern(p.re), entry, cues: p.cues };
  }), ...BASE.allowPatterns.map((p): PatternRule => ({ re: compilePattern(p.re), entry: null, cues: p.cues }))];
  return patternCache;
}

let baseCompiled: CompiledLexicon | null = null;
const userCache = new Map<string, CompiledLexicon>();
const USER_CACHE_MAX = 8;

/** Compiled lexicon for these user additions, built once and cached (small LRU by content). */
export function getCompiledLexicon(user?: UserLexicon): CompiledLexicon {
  if (!user || (user.terms.length === 0 && user.allow.length === 0)) {
    baseCompiled ??= compileLexicon();
    return baseCompiled;
  }
  const key = JSON.stringify(user);
  const hit = userCache.get(key);
  if (hit) {
    userCache.delete(key);
    userCache.set(key, hit);
    return hit;
  }
  const compiled = compileLexicon(user);
  userCache.set(key, compiled);
  if (userCache.size > USER_CACHE_MAX) userCache.delete(userCache.keys().next().value as string);
  return compiled;
}

/** The base lexicon's terms, for UI listings and the naive benchmark baseline. */
export function baseTerms(): readonly { term: string; category: ComplianceCategory }[] {
  return BASE.terms.map((t) => ({ term: t.term, category: t.category as ComplianceCategory }));
}
export function baseAllowList(): readonly string[] {
  return BASE.allow.map((a) => a.term);
}
