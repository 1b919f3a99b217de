import { useCallback } from 'react';
import { fmtPct, fmtPrice } from '../../../shared/text/numberFormat';
import { useUiStore, type Lang } from '../store/ui.slice';

/** The one i18n engine: tables per namespace, zh-CN first, `{name}` / `{name,format}` interpolation. */
export type Vars = Readonly<Record<string, string | number>>;
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

export interface Namespace<K extends string> {
  /** Words for `key` in `lang` (zh-CN when the table lacks it). */
  translate(lang: Lang, key: K, vars?: Vars): string;
  /** Non-reactive, for services (toasts): the language at call time. */
  t(key: K, vars?: Vars): string;
  /** Reactive, for components: re-renders when the language changes. */
  useT(): (key: K, vars?: Vars) => string;
  has(key: string): key is K;
}

export function namespace<K extends string>(tables: Tables<K>): Namespace<K> {
  const translate = (lang: Lang, key: K, vars?: Vars) => interpolate(tables[lang][key] ?? tables['zh-CN'][key] ?? key, vars);
  return {
    translate,
    t: (key, vars) => translate(useUiStore.getState().lang, key, vars),
    useT() {
      const lang = useUiStore((s) => s.lang);
      return useCallback((key: K, vars?: Vars) => translate(lang, key, vars), [lang]);
    },
    has: (key): key is K => Object.hasOwn(tables['zh-CN'], key),
  };
}
