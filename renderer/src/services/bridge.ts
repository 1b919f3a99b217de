import type { LivedeckBridge } from '../../../shared/protocol/ipc';

/**
 * The Electron preload bridge (`window.livedeck`, shared/protocol/ipc.ts) — absent in a plain
 * browser, where the UI falls back to the web equivalent (new tab, Fullscreen API). Members are
 * treated as optional so an older or newer shell never breaks the page.
 */
export function bridge(): Partial<LivedeckBridge> | null {
  const b = (window as unknown as { livedeck?: unknown }).livedeck;
  return b && typeof b === 'object' ? (b as Partial<LivedeckBridge>) : null;
}

export async function toggleFullScreen(): Promise<void> {
  const b = bridge();
  if (typeof b?.toggleFullscreen === 'function') {
    await b.toggleFullscreen();
    return;
  }
  if (document.fullscreenElement) await document.exitFullscreen();
  else await document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Opens the host's prompter: a shell window on the second display, or a new browser tab. */
export function openPrompterWindow(url: string): void {
  const b = bridge();
  if (typeof b?.openPrompter === 'function') void b.openPrompter();
  else window.open(url, '_blank', 'noopener');
}
