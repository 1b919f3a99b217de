import type { ComplianceCategory, FindingSeverity, UserLexicon } from '../../protocol/document';
import type { TalkSection } from '../../protocol/runOfShow';

export type FindingParams = Readonly<Record<string, string | number | boolean>>;

/** One compliance problem in a text: the span [start, end) in UTF-16 code units of that text. */
export interface Finding {
  start: number;
  end: number;
  /** The flagged text, `text.slice(start, end)`. */
  text: string;
  /** Stable rule id, e.g. `absolute-term`, `price-regular-inflated`. */
  rule: string;
  category: ComplianceCategory;
  severity: FindingSeverity;
  /**
   * Figures and sub-codes the wording needs (shared/i18n/compliance.ts words rule + params in
   * zh-CN / en, with the legal basis): `term` (the lexicon term), `variant` (a term's or price
   * check's own reason/basis), `selfComparison`, money in fen (`said`, `ref`, `low`, `live`),
   * `userReason` (the producer's own note, data).
   */
  params: FindingParams;
  /** A rewrite of the span (`''` = delete it). Applying it replaces text[start, end). */
  suggestion: string;
}

/** Price data a talking point is checked against (fen). */
export interface PriceFacts {
  /** Shop price 售价 — the regular selling price. */
  price?: number;
  /** Strike-through / tag price 划线价·吊牌价. */
  listPrice?: number;
  /** Lowest selling price in the last 30 days. */
  lowestPrice30d?: number;
  /** SKU prices (a claim matching any SKU's price is accepted). */
  skuPrices?: readonly number[];
  /** The slot's live price 直播间价 (defaults to `price`). */
  livePrice?: number;
}

export interface LintContext {
  prices?: PriceFacts;
  /** Phrases allowed for this text only, e.g. the product's brand (registered trademark). */
  allow?: readonly string[];
  /** The producer's additions, merged with assets/lexicon/compliance.json. */
  lexicon?: UserLexicon;
  /**
   * Also run the statistical second pass (suspect.ts): "疑似…，请复核" warnings, never errors, on clauses
   * the rules left alone. On for every slot text (slotLintContext: editor, prompter, hub, `livedeck lint` of a show).
   */
  suspects?: boolean;
}

/** Where talking-point text lives in a slot: a TalkSection or the one-line mechanism. */
export type LintSection = TalkSection | 'mechanism';

export interface ShowFinding extends Finding {
  slotId: string;
  /** 0-based position of the slot in the show. */
  slotIndex: number;
  section: LintSection;
  /** 1-based line within the section text. */
  line: number;
  /** Offsets within that line. */
  lineStart: number;
  lineEnd: number;
}
