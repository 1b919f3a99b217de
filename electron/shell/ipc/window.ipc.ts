// window:openPrompter and window:toggleFullscreen.
import type { HandlerImpls } from './handler';

export interface WindowDeps<E> {
  openPrompter(): void;
  /** Toggles full screen of the window that sent the event; returns the new state. */
  toggleFullscreen(event: E): boolean;
}

export function windowHandlers<E>(deps: WindowDeps<E>): Pick<HandlerImpls<E>, 'window:openPrompter' | 'window:toggleFullscreen'> {
  return {
    'window:openPrompter': async () => {
      deps.openPrompter();
    },
    'window:toggleFullscreen': async (_args, event) => deps.toggleFullscreen(event),
  };
}
