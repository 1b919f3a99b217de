import lexicon from '../../assets/lexicon/compliance.json';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { TALK_SECTIONS } from '../../shared/protocol/runOfShow';

/**
 * Baseline for lint time: the same compliance lexicon (assets/lexicon/compliance.json) matched
 * with one global regular expression per term (risky terms, price keywords and allowed phrases);
 * a risky match overlapping an allowed one is dropped. No price checks — a lower bound on work.
 */
interface Hit { start: number; end: number; term: string }
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lex = lexicon as unknown as { terms: { term: string }[]; priceClaims: { term: string }[]; allow: { term: string }[] };
const risky = [...lex.terms, ...lex.priceClaims].map((t) => ({ term: t.term, re: new RegExp(escape(t.term), 'giu') }));
const allowed = lex.allow.map((t) => new RegExp(escape(t.term), 'giu'));

function matches(text: string, re: RegExp, term: string, out: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, term });
}

export function lintTextWithRegexes(text: string): Hit[] {
  const allow: Hit[] = [];
  for (const re of allowed) matches(text, re, '', allow);
  const hits: Hit[] = [];
  for (const r of risky) matches(text, r.re, r.term, hits);
  return hits.filter((h) => !allow.some((a) => a.start < h.end && h.start < a.end));
}

export function lintShowWithRegexes(show: RunOfShow): number {
  let n = 0;
  for (const slot of show.slots) {
    n += lintTextWithRegexes(slot.mechanism).length;
    for (const s of TALK_SECTIONS) n += lintTextWithRegexes(slot.talkingPoints[s]).length;
  }
  return n;
}
