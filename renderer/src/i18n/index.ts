import { useCallback } from 'react';
import { en } from './en';
import { zhCN, type MsgKey } from './zh-CN';
import { useUiStore, type Lang } from '../store/ui.slice';

export type { MsgKey };
export type Vars = Record<string, string | number>;
export type TFn = (key: MsgKey, vars?: Vars) => string;

const DICTS: Record<Lang, Record<MsgKey, string>> = { 'zh-CN': zhCN, en };

function format(s: string, vars?: Vars): string {
  if (!vars) return s;
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function translate(lang: Lang, key: MsgKey, vars?: Vars): string {
  return format(DICTS[lang][key] ?? zhCN[key], vars);
}

/** Non-reactive `t` for services (toasts): uses the language at call time. */
export const t: TFn = (key, vars) => translate(useUiStore.getState().lang, key, vars);

/** Reactive `t` for components: re-renders when the language changes. */
export function useT(): TFn {
  const lang = useUiStore((s) => s.lang);
  return useCallback((key: MsgKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

export function isMsgKey(key: string): key is MsgKey {
  return key in zhCN;
}
