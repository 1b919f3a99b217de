// Titles, sizes and placement of the LiveDeck windows (pure). The webPreferences are not here:
// they are written literally at the `new BrowserWindow` call in windows.ts.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Placement } from './displays';

export type WindowKind = 'console' | 'prompter';
export const WINDOW_KINDS: readonly WindowKind[] = ['console', 'prompter'];

export const WINDOW_TITLES: Record<WindowKind, string> = {
  console: 'LiveDeck 直播中控台 — 中控台',
  prompter: 'LiveDeck 直播中控台 — 提词器',
};

/** Painted before the page loads, so a window never flashes white in a dark studio. */
export const WINDOW_BACKGROUND = '#0f1218';

const MIN_SIZE: Record<WindowKind, { minWidth: number; minHeight: number }> = {
  console: { minWidth: 960, minHeight: 600 },
  prompter: { minWidth: 480, minHeight: 360 },
};

export interface WindowExtras {
  iconPath?: string;
}

export function windowOptions(
  kind: WindowKind,
  placement?: Placement,
  extras: WindowExtras = {},
): Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  const bounds = placement?.bounds ?? (kind === 'console' ? { width: 1440, height: 900 } : { width: 960, height: 720 });
  return {
    title: WINDOW_TITLES[kind],
    ...bounds,
    ...MIN_SIZE[kind],
    fullscreen: placement?.fullscreen ?? false,
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    autoHideMenuBar: kind === 'prompter',
    ...(extras.iconPath ? { icon: extras.iconPath } : {}),
  };
}
