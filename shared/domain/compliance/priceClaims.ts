import type { Finding, PriceFacts } from './types';
import type { PriceEntry } from './lexicon';
import { PRICE_SUGGESTIONS } from './lexicon';
import { yuan } from './money';
import { readSpokenPrice } from './priceNumber';

/**
 * Price claims (原价, 日常价, 划线价, 直播间价, 史低, 全网最低, 补贴) checked against the product's
 * price data. Legal frame: 《价格法》第十四条（四）; 《明码标价和禁止价格欺诈规定》第十六条 (a
 * compared price without details must not exceed the lowest price of the 7 days before) and
 * 第十七条 (no baseless or incomparable compared prices); 《广告法》第九条（三）for 全网最低.
 * Findings carry the rule and the figures (fen); shared/i18n/compliance.ts words reason and basis.
 */
export interface PriceClaimMatch {
  entry: PriceEntry;
  /** Keyword span in the original text. */
  start: number;
  end: number;
}

function make(
  text: string, start: number, end: number, rule: string, severity: Finding['severity'],
  params: Finding['params'], suggestion: string,
): Finding {
  return { start, end, text: text.slice(start, end), rule, category: 'price', severity, params, suggestion };
}

/** Returns the finding for one price keyword, or null when the claim checks out. */
export function checkPriceClaim(text: string, m: PriceClaimMatch, facts: PriceFacts | undefined): Finding | null {
  const { entry } = m;
  const spoken = readSpokenPrice(text, m.end);
  const live = facts?.livePrice ?? facts?.price;
  const hasFacts = facts !== undefined && (facts.price !== undefined || facts.listPrice !== undefined || facts.livePrice !== undefined);
  const kw = entry.term;

  if (entry.ref === 'lowestAbsolute') {
    return make(text, m.start, m.end, 'price-lowest-absolute', 'error', { term: kw }, PRICE_SUGGESTIONS.lowestAbsolute);
  }
  if (entry.ref === 'subsidy') {
    if (entry.state) {
      return make(text, m.start, m.end, 'price-subsidy-state', 'error', { term: kw }, PRICE_SUGGESTIONS.subsidy);
    }
    return make(text, m.start, m.end, 'price-subsidy', 'warning', { term: kw }, PRICE_SUGGESTIONS.subsidy);
  }
  if (entry.ref === 'lowest') {
    const low = facts?.lowestPrice30d;
    if (live === undefined || low === undefined) {
      return make(text, m.start, m.end, 'price-lowest-unverified', 'warning', { term: kw }, PRICE_SUGGESTIONS.lowest);
    }
    if (live > low) {
      return make(text, m.start, m.end, 'price-lowest-false', 'error', { term: kw, low, live }, PRICE_SUGGESTIONS.lowest);
    }
    return make(text, m.start, m.end, 'price-lowest-unverified', 'warning', { term: kw, variant: 'recent-only', low, live }, PRICE_SUGGESTIONS.lowestRecent);
  }

  if (!spoken) {
    // Bare keyword: only 原价 / 日常价-style claims mean something without a number.
    if (!entry.bare || entry.ref !== 'regular') return null;
    if (facts?.price === undefined || live === undefined) {
      if (hasFacts) return null;
      return make(text, m.start, m.end, 'price-unverified', 'warning', { term: kw }, kw);
    }
    if (live >= facts.price) {
      return make(text, m.start, m.end, 'price-fake-discount', 'error', { term: kw, live, ref: facts.price }, '');
    }
    return null;
  }

  const end = spoken.numEnd;
  const said = spoken.fen;
  const rewrite = (fen: number) => text.slice(m.start, spoken.numStart) + yuan(fen);
  const unverified = (missing: 'price' | 'list' | 'live') => make(text, m.start, end, 'price-unverified', 'warning',
    { term: kw, claim: text.slice(m.start, end), variant: missing }, text.slice(m.start, end));

  if (entry.ref === 'regular') {
    const known = [facts?.price, ...(facts?.skuPrices ?? [])].filter((x): x is number => x !== undefined);
    if (known.length === 0) return unverified('price');
    if (known.includes(said)) {
      const low = facts?.lowestPrice30d;
      if (low !== undefined && low < said) {
        return make(text, m.start, end, 'price-regular-recent-lower', 'warning', { term: kw, said, low }, rewrite(low));
      }
      return null;
    }
    const ref = facts?.price ?? Math.max(...known);
    if (said > Math.max(...known)) {
      return make(text, m.start, end, 'price-regular-inflated', 'error',
        facts?.listPrice === said ? { term: kw, said, ref, variant: 'list' } : { term: kw, said, ref }, rewrite(ref));
    }
    return make(text, m.start, end, 'price-regular-mismatch', 'warning', { term: kw, said, ref }, rewrite(ref));
  }

  if (entry.ref === 'list') {
    const list = facts?.listPrice;
    if (list === undefined) return unverified('list');
    if (said === list) return null;
    if (said > list) {
      return make(text, m.start, end, 'price-list-inflated', 'error', { term: kw, said, ref: list }, rewrite(list));
    }
    return make(text, m.start, end, 'price-list-mismatch', 'warning', { term: kw, said, ref: list }, rewrite(list));
  }

  // entry.ref === 'live'
  if (live === undefined) return unverified('live');
  if (said === live) return null;
  if (said < live) {
    return make(text, m.start, end, 'price-live-mismatch', 'error', { term: kw, said, live, variant: 'lower' }, rewrite(live));
  }
  return make(text, m.start, end, 'price-live-mismatch', 'warning', { term: kw, said, live }, rewrite(live));
}
