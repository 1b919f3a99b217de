import { create } from 'zustand';
import { loadPref, savePref } from '../services/prefs';

export type Lang = 'zh-CN' | 'en';
const isLang = (v: unknown): v is Lang => v === 'zh-CN' || v === 'en';

interface UiState {
  lang: Lang;
  helpOpen: boolean;
}

/** Local, per-window UI state that is not part of the room. */
export const useUiStore = create<UiState>(() => ({
  lang: loadPref('lang', 'zh-CN', isLang),
  helpOpen: false,
}));

export const uiActions = {
  setLang(lang: Lang) {
    savePref('lang', lang);
    useUiStore.setState({ lang });
  },
  toggleLang() {
    uiActions.setLang(useUiStore.getState().lang === 'zh-CN' ? 'en' : 'zh-CN');
  },
  setHelp(open: boolean) {
    useUiStore.setState({ helpOpen: open });
  },
  toggleHelp() {
    useUiStore.setState((s) => ({ helpOpen: !s.helpOpen }));
  },
};

export const useLang = () => useUiStore((s) => s.lang);
export const useHelpOpen = () => useUiStore((s) => s.helpOpen);
