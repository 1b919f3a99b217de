// The shell's only door to the system browser (shell.openExternal). Every URL is checked here,
// right before it leaves, against what its kind allows (security.ts externalUrlAllowed): a page's
// link must be plain https; the "open in browser" menu item may only open the hub's one-time
// hand-off link. Electron comes in as a parameter so the check is unit-tested (external.test.ts).
import type { Shell } from 'electron';
import { externalUrlAllowed, type ExternalKind } from './security';

export interface ExternalDeps {
  shell: Pick<Shell, 'openExternal'>;
  getHubOrigin(): string | null;
  log(message: string): void;
}

/** Opens `url` in the system browser when its kind allows it; true when it was handed over. */
export function openInSystemBrowser(deps: ExternalDeps, kind: ExternalKind, url: string): boolean {
  if (!externalUrlAllowed(kind, url, deps.getHubOrigin())) {
    deps.log(`refused to open a ${kind} in the browser: ${url.slice(0, 200)}`);
    return false;
  }
  // Reviewed: the URL passed externalUrlAllowed() on the line above (docs/security.md, Shell).
  deps.shell.openExternal(url).catch((err: unknown) => deps.log(`could not open the browser: ${String(err)}`)); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}
