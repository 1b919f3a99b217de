import { create } from 'zustand';
import { isBool, isNum, loadPref, savePref } from '../services/prefs';

export type ScrollMode = 'follow' | 'auto' | 'manual';
const isMode = (v: unknown): v is ScrollMode => v === 'follow' || v === 'auto' || v === 'manual';

interface PrompterState {
  mirror: boolean;
  mode: ScrollMode;
  /** Auto-scroll speed level 1..10. */
  speed: number;
  /** Text scale factor 0.7..1.6 on top of the window-relative size. */
  scale: number;
}

export const usePrompterStore = create<PrompterState>(() => ({
  mirror: loadPref('prompter.mirror', false, isBool),
  mode: loadPref('prompter.mode', 'follow', isMode),
  speed: loadPref('prompter.speed', 3, isNum),
  scale: loadPref('prompter.scale', 1, isNum),
}));

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
function set<K extends keyof PrompterState>(key: K, value: PrompterState[K]) {
  savePref(`prompter.${key}`, value);
  usePrompterStore.setState({ [key]: value } as Pick<PrompterState, K>);
}

export const prompterActions = {
  toggleMirror: () => set('mirror', !usePrompterStore.getState().mirror),
  setMode: (mode: ScrollMode) => set('mode', mode),
  setSpeed: (speed: number) => set('speed', clamp(Math.round(speed), 1, 10)),
  setScale: (scale: number) => set('scale', clamp(Math.round(scale * 10) / 10, 0.7, 1.6)),
};

export const useMirror = () => usePrompterStore((s) => s.mirror);
export const useScrollMode = () => usePrompterStore((s) => s.mode);
export const useScrollSpeed = () => usePrompterStore((s) => s.speed);
export const useTextScale = () => usePrompterStore((s) => s.scale);
