// Opens a URL in the system browser: xdg-open (Linux/BSD), open (macOS), the shell's URL handler
// (Windows; `cmd /c start` would split the URL at its `&`).
// Never throws: a machine without a desktop (headless CI, SSH) just has no browser to open.
import { spawn } from 'node:child_process';

/** The command that opens `url` on this platform, or null when there is nowhere to show it. */
export function openerFor(url, platform = process.platform, env = process.env) {
  if (env.BROWSER === 'none') return null;
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  if (platform === 'darwin') return ['open', [url]];
  // Without a display xdg-open would fall back to a text-mode browser in this terminal.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open', [url]];
}

/** Resolves true when the opener started and exited 0, false otherwise (missing, failed, headless). */
export function openInBrowser(url) {
  const opener = openerFor(url);
  if (!opener) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(opener[0], opener[1], { stdio: 'ignore', windowsHide: true });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
