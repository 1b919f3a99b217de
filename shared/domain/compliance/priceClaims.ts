import type { Finding, PriceFacts } from './types';
import type { PriceEntry } from './lexicon';
import { CATEGORY_INFO } from './lexicon';
import { yuan } from './money';
import { readSpokenPrice } from './priceNumber';

/**
 * Price claims (原价, 日常价, 划线价, 直播间价, 史低, 全网最低, 补贴) checked against the product's
 * price data. Legal frame: 《价格法》第十四条（四）; 《明码标价和禁止价格欺诈规定》第十六条 (a
 * compared price without details must not exceed the lowest price of the 7 days before) and
 * 第十七条 (no baseless or incomparable compared prices); 《广告法》第九条（三）for 全网最低.
 */
const BASIS_COMPARE = '《明码标价和禁止价格欺诈规定》第十六条（被比较价格应真实准确，未标明详情的不得高于前七日内最低成交价）；《价格法》第十四条第（四）项';
const BASIS_INCOMPARABLE = '《广告法》第九条第（三）项；《明码标价和禁止价格欺诈规定》第十七条（不得使用无依据或无从比较的价格）';
const BASIS_LIVE = '《价格法》第十四条第（四）项（以虚假或使人误解的价格手段诱骗交易）；《明码标价和禁止价格欺诈规定》第十六条';
const BASIS_SUBSIDY_STATE = '《广告法》第九条第（二）项；《价格法》第十四条第（四）项';

export interface PriceClaimMatch {
  entry: PriceEntry;
  /** Keyword span in the original text. */
  start: number;
  end: number;
}

function make(
  text: string, start: number, end: number, rule: string, severity: Finding['severity'],
  legalBasis: string, reason: string, suggestion: string,
): Finding {
  return { start, end, text: text.slice(start, end), rule, category: 'price', severity, legalBasis, reason, suggestion };
}

/** Returns the finding for one price keyword, or null when the claim checks out. */
export function checkPriceClaim(text: string, m: PriceClaimMatch, facts: PriceFacts | undefined): Finding | null {
  const { entry } = m;
  const spoken = readSpokenPrice(text, m.end);
  const live = facts?.livePrice ?? facts?.price;
  const hasFacts = facts !== undefined && (facts.price !== undefined || facts.listPrice !== undefined || facts.livePrice !== undefined);
  const kw = entry.term;

  if (entry.ref === 'lowestAbsolute') {
    return make(text, m.start, m.end, 'price-lowest-absolute', 'error', BASIS_INCOMPARABLE,
      `「${kw}」无从比较也无法证明：直播间无法掌握全网所有价格，属于绝对化用语和无依据的价格比较。`, '直播间专属价');
  }
  if (entry.ref === 'subsidy') {
    if (entry.state) {
      return make(text, m.start, m.end, 'price-subsidy-state', 'error', BASIS_SUBSIDY_STATE,
        `「${kw}」借用国家或政府名义宣称补贴，须有真实的政府补贴项目和依据，否则属于虚假价格宣传。`, '直播间优惠');
    }
    return make(text, m.start, m.end, 'price-subsidy', 'warning', CATEGORY_INFO.price.legalBasis,
      `「${kw}」：补贴须真实存在（平台或品牌确有补贴活动）并能出示依据，否则属于虚假的价格手段。`, '直播间优惠');
  }
  if (entry.ref === 'lowest') {
    const low = facts?.lowestPrice30d;
    if (live === undefined || low === undefined) {
      return make(text, m.start, m.end, 'price-lowest-unverified', 'warning', BASIS_COMPARE,
        `「${kw}」无法核实：缺少直播间价或近30天最低价数据。`, '直播间优惠价');
    }
    if (live > low) {
      return make(text, m.start, m.end, 'price-lowest-false', 'error', BASIS_COMPARE,
        `「${kw}」不实：近30天最低价 ¥${yuan(low)} 低于本场直播间价 ¥${yuan(live)}。`, '直播间优惠价');
    }
    return make(text, m.start, m.end, 'price-lowest-unverified', 'warning', BASIS_COMPARE,
      `「${kw}」只能核实到近30天（本场 ¥${yuan(live)} ≤ 近30天最低 ¥${yuan(low)}）；“历史最低”需要完整成交记录为据。`, '近30天最低价');
  }

  if (!spoken) {
    // Bare keyword: only 原价 / 日常价-style claims mean something without a number.
    if (!entry.bare || entry.ref !== 'regular') return null;
    if (facts?.price === undefined || live === undefined) {
      if (hasFacts) return null;
      return make(text, m.start, m.end, 'price-unverified', 'warning', BASIS_COMPARE,
        `「${kw}」：口播的原价/日常价必须是前七日内真实的最低成交价，请核对商品价格。`, kw);
    }
    if (live >= facts.price) {
      return make(text, m.start, m.end, 'price-fake-discount', 'error', BASIS_COMPARE,
        `「${kw}」暗示有折扣，但直播间价 ¥${yuan(live)} 并不低于日常售价 ¥${yuan(facts.price)}：虚假折扣。`, '');
    }
    return null;
  }

  const end = spoken.numEnd;
  const said = spoken.fen;
  const rewrite = (fen: number) => text.slice(m.start, spoken.numStart) + yuan(fen);
  const unverified = (what: string) => make(text, m.start, end, 'price-unverified', 'warning', BASIS_COMPARE,
    `「${text.slice(m.start, end)}」无法核实：商品没有${what}数据。`, text.slice(m.start, end));

  if (entry.ref === 'regular') {
    const known = [facts?.price, ...(facts?.skuPrices ?? [])].filter((x): x is number => x !== undefined);
    if (known.length === 0) return unverified('售价');
    if (known.includes(said)) {
      const low = facts?.lowestPrice30d;
      if (low !== undefined && low < said) {
        return make(text, m.start, end, 'price-regular-recent-lower', 'warning', BASIS_COMPARE,
          `所称 ¥${yuan(said)} 与售价一致，但近30天曾以 ¥${yuan(low)} 售出；被比较价格不得高于前七日内最低成交价，请核对近7天成交价。`, rewrite(low));
      }
      return null;
    }
    const ref = facts?.price ?? Math.max(...known);
    if (said > Math.max(...known)) {
      return make(text, m.start, end, 'price-regular-inflated', 'error', BASIS_COMPARE,
        `所称原价/日常价 ¥${yuan(said)} 高于商品实际售价 ¥${yuan(ref)}：虚构被比较价格。${facts?.listPrice === said ? '（¥' + yuan(said) + ' 是划线价而非日常成交价；如要提及，请明确说“吊牌价”。）' : ''}`, rewrite(ref));
    }
    return make(text, m.start, end, 'price-regular-mismatch', 'warning', BASIS_COMPARE,
      `所称原价/日常价 ¥${yuan(said)} 与商品售价 ¥${yuan(ref)} 不一致。`, rewrite(ref));
  }

  if (entry.ref === 'list') {
    const list = facts?.listPrice;
    if (list === undefined) return unverified('划线价/吊牌价');
    if (said === list) return null;
    if (said > list) {
      return make(text, m.start, end, 'price-list-inflated', 'error', BASIS_COMPARE,
        `所称吊牌价/专柜价 ¥${yuan(said)} 高于商品划线价 ¥${yuan(list)}：虚构被比较价格。`, rewrite(list));
    }
    return make(text, m.start, end, 'price-list-mismatch', 'warning', BASIS_COMPARE,
      `所称吊牌价/专柜价 ¥${yuan(said)} 与商品划线价 ¥${yuan(list)} 不一致。`, rewrite(list));
  }

  // entry.ref === 'live'
  if (live === undefined) return unverified('直播间价');
  if (said === live) return null;
  if (said < live) {
    return make(text, m.start, end, 'price-live-mismatch', 'error', BASIS_LIVE,
      `口播价 ¥${yuan(said)} 低于直播间实际价 ¥${yuan(live)}：观众按口播价下单却以高价结算，构成价格欺诈风险。`, rewrite(live));
  }
  return make(text, m.start, end, 'price-live-mismatch', 'warning', BASIS_LIVE,
    `口播价 ¥${yuan(said)} 与直播间设定价 ¥${yuan(live)} 不一致，请开播前核对改价。`, rewrite(live));
}
