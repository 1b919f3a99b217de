import { en } from './en';
import { namespace, type Vars } from './engine';
import { zhCN, type MsgKey } from './zh-CN';
import type { Lang } from '../store/ui.slice';

/**
 * The app namespace (common, console and prompter words, by key prefix). Other namespaces of the
 * same engine: ./rundown, ./review, ./domain (codes from shared/domain worded here).
 */
export type { MsgKey };
export type { Vars };
export type TFn = (key: MsgKey, vars?: Vars) => string;

const app = namespace<MsgKey>({ 'zh-CN': zhCN, en });

export function translate(lang: Lang, key: MsgKey, vars?: Vars): string {
  return app.translate(lang, key, vars);
}

/** Non-reactive `t` for services (toasts): uses the language at call time. */
export const t: TFn = app.t;

/** Reactive `t` for components: re-renders when the language changes. */
export const useT: () => TFn = app.useT;

export const isMsgKey: (key: string) => key is MsgKey = app.has;
