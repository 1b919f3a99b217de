import type { UserLexicon } from '../../protocol/document';
import type { Product, RunOfShow, Slot } from '../../protocol/runOfShow';
import { TALK_SECTIONS } from '../../protocol/runOfShow';
import { getCompiledLexicon } from './lexicon';
import { lintText } from './lintText';
import type { Finding, LintContext, LintSection, PriceFacts, ShowFinding } from './types';

/** The texts of a slot that are linted, in print order: the mechanism line, then the five sections. */
export const LINT_SECTIONS: readonly LintSection[] = ['mechanism', ...TALK_SECTIONS];

export function slotText(slot: Slot, section: LintSection): string {
  return section === 'mechanism' ? slot.mechanism : slot.talkingPoints[section];
}

export function priceFacts(product: Product | undefined, slot: Pick<Slot, 'livePrice'> | undefined): PriceFacts | undefined {
  if (!product) return slot?.livePrice !== undefined ? { livePrice: slot.livePrice } : undefined;
  const skuPrices = (product.skus ?? []).map((s) => s.price).filter((p): p is number => p !== undefined);
  const facts: PriceFacts = { price: product.price, livePrice: slot?.livePrice ?? product.price };
  if (product.listPrice !== undefined) facts.listPrice = product.listPrice;
  if (product.lowestPrice30d !== undefined) facts.lowestPrice30d = product.lowestPrice30d;
  if (skuPrices.length > 0) facts.skuPrices = skuPrices;
  return facts;
}

/** Lint context for one slot: its product's prices and brand (a trademark is never flagged). */
export function slotLintContext(product: Product | undefined, slot: Slot, lexicon?: UserLexicon): LintContext {
  const ctx: LintContext = {};
  const facts = priceFacts(product, slot);
  if (facts) ctx.prices = facts;
  if (product?.brand) ctx.allow = product.brand.split(/[·・\s/|]+/u).filter((b) => b.length >= 2).concat(product.brand);
  if (lexicon) ctx.lexicon = lexicon;
  return ctx;
}

/** Splits findings of a multi-line text into line-relative positions (line 1-based). */
export function locateLines(text: string, findings: readonly Finding[]): { line: number; lineStart: number; lineEnd: number }[] {
  const out: { line: number; lineStart: number; lineEnd: number }[] = [];
  let line = 1;
  let lineOffset = 0;
  let scan = 0;
  for (const f of findings) {
    while (scan < f.start) {
      if (text.charCodeAt(scan) === 10) { line++; lineOffset = scan + 1; }
      scan++;
    }
    out.push({ line, lineStart: f.start - lineOffset, lineEnd: f.end - lineOffset });
  }
  return out;
}

/**
 * Lints every slot of a show (mechanism + five talking-point sections) against its product's
 * price data. Findings come per slot, section and line, in show order.
 */
export function lintShow(show: RunOfShow, lexicon?: UserLexicon): ShowFinding[] {
  const compiled = getCompiledLexicon(lexicon);
  const products = new Map<string, Product>();
  for (const p of show.products) if (!products.has(p.id)) products.set(p.id, p);
  const out: ShowFinding[] = [];
  show.slots.forEach((slot, slotIndex) => {
    const ctx = slotLintContext(products.get(slot.productId), slot);
    for (const section of LINT_SECTIONS) {
      const text = slotText(slot, section);
      if (!text) continue;
      const findings = lintText(text, ctx, compiled);
      if (findings.length === 0) continue;
      const lines = locateLines(text, findings);
      findings.forEach((f, i) => out.push({ ...f, slotId: slot.id, slotIndex, section, ...lines[i]! }));
    }
  });
  return out;
}
