import type { CompareKey, Diff } from '../../../../../shared/domain/review/compare';
import { fmtDecimal, fmtInt, fmtMoney, fmtPct, fmtPoints, fmtPrice } from '../../../../../shared/text/numberFormat';
import type { Lang } from '../../../store/ui.slice';

type Kind = 'money' | 'int' | 'ratio' | 'minutes' | 'price';
const KIND: Record<CompareKey, Kind> = {
  gmv: 'money', durationMin: 'minutes', totalViewers: 'int', avgOnline: 'int', peakOnline: 'int', buyers: 'int', units: 'int',
  conversion: 'ratio', avgOrderValue: 'money', gpm: 'money', uvValue: 'price', clickToOrder: 'ratio', refundRate: 'ratio', comments: 'int',
};
/** Figures where a rise is bad news (coloured the other way round). */
export const DOWN_IS_GOOD: ReadonlySet<CompareKey> = new Set(['refundRate']);

export function fmtValue(key: CompareKey, v: number, lang: Lang): string {
  switch (KIND[key]) {
    case 'money': return fmtMoney(v, false, lang);
    case 'int': return fmtInt(v, false, lang);
    case 'ratio': return fmtPct(v, 2);
    case 'minutes': return fmtDecimal(v, 0);
    case 'price': return fmtPrice(Math.round(v));
  }
}

/** B − A in the figure's own unit (ratios as points), with its sign. */
export function fmtAbs(key: CompareKey, d: Diff, lang: Lang): string {
  if (KIND[key] === 'ratio') return fmtPoints(d.abs, 2);
  const text = fmtValue(key, Math.abs(d.abs), lang);
  // A difference that rounds to nothing (0.4 viewers) reads ±0, not −0.
  const zero = !/[1-9]/.test(text);
  const sign = zero || d.abs === 0 ? '±' : d.abs > 0 ? '+' : '−';
  return `${sign}${text}`;
}

export function fmtRel(d: Diff): string {
  if (d.pct === null) return '—';
  return `${d.pct > 0 ? '+' : d.pct < 0 ? '−' : '±'}${fmtPct(Math.abs(d.pct), 1)}`;
}

/** good / bad / flat colour of a difference. */
export function tone(key: CompareKey | null, d: Diff): 'up' | 'down' | 'flat' {
  if (d.abs === 0) return 'flat';
  const better = DOWN_IS_GOOD.has(key as CompareKey) ? d.abs < 0 : d.abs > 0;
  return better ? 'up' : 'down';
}
