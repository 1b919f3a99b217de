import { fmtPct, fmtPrice } from '../text/numberFormat';

/**
 * The one interpolation of wording tables (renderer engine, CLI, hub): `{name}` / `{name,format}`.
 * Pure data in, string out — no language state here; callers pick the table.
 */
export type Vars = Readonly<Record<string, string | number | boolean>>;
export type Lang = 'zh-CN' | 'en';
export type Table<K extends string> = Readonly<Record<K, string>>;
export interface Tables<K extends string> { 'zh-CN': Table<K>; en: Table<K> }

/** Formats a placeholder may name: `{rate,pct}` 25%, `{rate,pct1}` 25.4%, `{amount,money}` fen → ¥59.9. */
const FORMATS: Record<string, (v: number) => string> = {
  pct: (v) => fmtPct(v, 0),
  pct1: (v) => fmtPct(v, 1),
  money: (v) => fmtPrice(v),
};

export function interpolate(s: string, vars?: Vars): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)(?:,(\w+))?\}/g, (m, k: string, f: string | undefined) => {
    if (!Object.hasOwn(vars, k)) return m;
    const v = vars[k]!;
    const fmt = f ? FORMATS[f] : undefined;
    return fmt && typeof v === 'number' ? fmt(v) : String(v);
  });
}

/** Words for `key` in `lang` from a pair of tables (zh-CN when `lang` lacks it; the key itself last). */
export function word<K extends string>(tables: Tables<K>, lang: Lang, key: K, vars?: Vars): string {
  return interpolate(tables[lang][key] ?? tables['zh-CN'][key] ?? key, vars);
}
