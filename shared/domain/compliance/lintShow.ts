import type { UserLexicon } from '../../protocol/document';
import type { Product, RunOfShow, Slot } from '../../protocol/runOfShow';
import { TALK_SECTIONS } from '../../protocol/runOfShow';
import { getCompiledLexicon, type CompiledLexicon } from './lexicon';
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

/** Lint context for one slot: its product's prices and brand (a trademark is never flagged), with the statistical pass on. */
export function slotLintContext(product: Product | undefined, slot: Slot, lexicon?: UserLexicon): LintContext {
  const ctx: LintContext = { suspects: true };
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

function lintSlotWith(slot: Slot, slotIndex: number, product: Product | undefined, compiled: CompiledLexicon, out: ShowFinding[]): ShowFinding[] {
  const ctx = slotLintContext(product, slot);
  for (const section of LINT_SECTIONS) {
    const text = slotText(slot, section);
    if (!text) continue;
    const findings = lintText(text, ctx, compiled);
    if (findings.length === 0) continue;
    const lines = locateLines(text, findings);
    findings.forEach((f, i) => out.push({ ...f, slotId: slot.id, slotIndex, section, ...lines[i]! }));
  }
  return out;
}

/**
 * Lints one slot of a show (mechanism + five talking-point sections) against its product's price
 * data and the show's lexicon (`show.lexicon`: the producer's extra terms and allowed words).
 * The editor and the hub (lintShow) and the prompter (this) lint with the show as the one input.
 */
export function lintSlot(show: RunOfShow, slot: Slot): ShowFinding[] {
  const product = show.products.find((p) => p.id === slot.productId);
  return lintSlotWith(slot, show.slots.indexOf(slot), product, getCompiledLexicon(show.lexicon), []);
}

/**
 * Lints every slot of a show, as lintSlot does. Findings come per slot, section and line, in
 * show order. `lexicon` defaults to the one the show carries (a CLI run on a saved document may
 * pass the document's).
 */
export function lintShow(show: RunOfShow, lexicon: UserLexicon | undefined = show.lexicon): ShowFinding[] {
  const products = new Map<string, Product>();
  for (const p of show.products) if (!products.has(p.id)) products.set(p.id, p);
  const compiled = getCompiledLexicon(lexicon);
  const out: ShowFinding[] = [];
  show.slots.forEach((slot, slotIndex) => lintSlotWith(slot, slotIndex, products.get(slot.productId), compiled, out));
  return out;
}

/** The show as it goes live and is linted: with the producer's lexicon attached (none when empty). */
export function withLexicon(show: RunOfShow, lexicon: UserLexicon | undefined): RunOfShow {
  const { lexicon: _old, ...rest } = show;
  return lexicon && (lexicon.terms.length > 0 || lexicon.allow.length > 0) ? { ...rest, lexicon } : rest;
}
