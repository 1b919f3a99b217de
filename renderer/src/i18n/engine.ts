import { useCallback } from 'react';
import { interpolate, word, type Tables, type Vars } from '../../../shared/i18n/interpolate';
import { useUiStore, type Lang } from '../store/ui.slice';

/** The one i18n engine: tables per namespace, zh-CN first; interpolation is shared/i18n's (also used by CLI and hub). */
export type { Vars, Table, Tables } from '../../../shared/i18n/interpolate';
export { interpolate };

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
  const translate = (lang: Lang, key: K, vars?: Vars) => word(tables, lang, key, vars);
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
