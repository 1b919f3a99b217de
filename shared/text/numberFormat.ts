/**
 * The one number formatter: counts, money (integer fen → ¥), prices, yuan, percentages, built on
 * `Intl.NumberFormat` with the locale as a parameter. Compact notation is Intl's: zh-CN gives
 * 万 / 亿, en gives K / M / B. Non-finite input shows as "—"; rounding never shows "-0".
 */

export type NumberLocale = 'zh-CN' | 'en';

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const DASH = '—';
/** Rounds without producing "-0". */
const roundInt = (n: number) => Math.round(n) || 0;
/** Thousands-grouped whole number: 12,345 (the same in both locales). */
const grouped = (n: number) => nf('en-US', { maximumFractionDigits: 0 }).format(n);

/**
 * `a` (≥ 0) in compact notation, or null below the point where it pays off (zh-CN 1万, en 100K).
 * Decimals shrink as the figure grows (1.23万, 12.3万, 123万; 1.23亿, 100亿), trailing zeros are
 * trimmed and whole amounts keep their zeros (100万, not 1万). zh-CN stays in 亿 above 1万亿
 * (¥10000亿), as a Chinese control room counts GMV.
 */
function compact(a: number, locale: NumberLocale): string | null {
  if (locale === 'en') {
    if (a < 1e5) return null;
    const digits = a >= 1e6 ? 2 : 0;
    return nf('en', { notation: 'compact', maximumFractionDigits: digits }).format(a);
  }
  if (a < 1e4) return null;
  if (a >= 1e12) return `${nf('zh-CN', { maximumFractionDigits: 0, useGrouping: false }).format(a / 1e8)}亿`;
  const digits = a >= 1e10 ? 0 : a >= 1e8 ? 2 : a >= 1e6 ? 0 : a >= 1e5 ? 1 : 2;
  return nf('zh-CN', { notation: 'compact', maximumFractionDigits: digits }).format(a);
}

/** Integer count: 12,345 — or 1.23万 / 123K when compact. */
export function fmtInt(n: number, compactForm = false, locale: NumberLocale = 'zh-CN'): string {
  if (!Number.isFinite(n)) return DASH;
  const r = roundInt(n);
  if (compactForm) {
    const c = compact(Math.abs(r), locale);
    if (c) return `${r < 0 ? '-' : ''}${c}`;
  }
  return grouped(r);
}

/** Money from fen: ¥12,345 (whole yuan), ¥1.23万 when compact and ≥ 1万; a loss shows as -¥12,345. */
export function fmtMoney(fen: number, compactForm = false, locale: NumberLocale = 'zh-CN'): string {
  if (!Number.isFinite(fen)) return DASH;
  const yuan = Math.abs(fen) / 100;
  const sign = fen < 0 && roundInt(yuan) !== 0 ? '-' : '';
  if (compactForm) {
    const c = compact(yuan, locale);
    if (c) return `${sign}¥${c}`;
  }
  return `${sign}¥${grouped(roundInt(yuan))}`;
}

/** Yuan from fen as a host says it, cents only when there are any, no grouping: 3990 → "39.9", 59900 → "599". */
export function fmtYuan(fen: number): string {
  if (!Number.isFinite(fen)) return DASH;
  return nf('en-US', { maximumFractionDigits: 2, useGrouping: false }).format(fen / 100 || 0);
}

/** A price from fen, keeping cents when there are any: ¥59.9, ¥129, ¥12,345. */
export function fmtPrice(fen: number): string {
  if (!Number.isFinite(fen)) return DASH;
  return `¥${nf('en-US', { maximumFractionDigits: 2 }).format(fen / 100 || 0)}`;
}

/** A plain decimal with exactly `digits` decimals and no grouping, for files: 12.50. */
export function fmtDecimal(n: number, digits: number): string {
  if (!Number.isFinite(n)) return DASH;
  return nf('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(n);
}

/** Ratio 0..1 as a percentage with exactly `digits` decimals: 0.1234 → "12.3%". */
export function fmtPct(ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return DASH;
  return nf('en-US', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(ratio);
}

/** A ratio difference as signed percentage points: 0.123 → "+12.3pt". */
export function fmtPoints(delta: number, digits = 1): string {
  if (!Number.isFinite(delta)) return DASH;
  return `${delta < 0 ? '-' : '+'}${fmtDecimal(Math.abs(delta) * 100, digits)}pt`;
}
