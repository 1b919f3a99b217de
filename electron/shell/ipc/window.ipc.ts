// window:openPrompter, window:toggleFullscreen and window:openDouyinConsole.
import type { DouyinConsoleArgs } from '../../../shared/protocol/ipc';
import type { HandlerImpls } from './handler';

export interface WindowDeps<E> {
  openPrompter(): void;
  /** Toggles full screen of the window that sent the event; returns the new state. */
  toggleFullscreen(event: E): boolean;
  /** Opens the isolated Douyin console window (douyinWindow.ts). */
  openDouyinConsole(which: DouyinConsoleArgs['console']): Promise<void> | void;
}

export function windowHandlers<E>(deps: WindowDeps<E>): Pick<HandlerImpls<E>, 'window:openPrompter' | 'window:toggleFullscreen' | 'window:openDouyinConsole'> {
  return {
    'window:openPrompter': async () => {
      deps.openPrompter();
    },
    'window:toggleFullscreen': async (_args, event) => deps.toggleFullscreen(event),
    'window:openDouyinConsole': async (args) => {
      await deps.openDouyinConsole(args.console);
    },
  };
}
