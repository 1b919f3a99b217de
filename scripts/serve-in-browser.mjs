// The browser fallback of `npm start`: runs the hub exactly like `livedeck serve` (same flags),
// passes its output through, and opens the `LiveDeck ready: <url>` it prints in the system browser.
// A machine with no browser to open (headless CI, SSH) gets the URL to open by hand.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openInBrowser } from './open-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const READY = /^LiveDeck ready: (\S+)/m;

/** Runs `livedeck serve ...args` until it exits; resolves its exit code. */
export function serveInBrowser(args) {
  const child = spawn(process.execPath, [`${root}bin/livedeck.js`, 'serve', ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
    env: process.env,
    // Its own process group (not on Windows, where that means a new console): Ctrl+C reaches only
    // this script, which passes it on once — `livedeck serve` stops cleanly on the first signal
    // and would die on a second one before its journal is closed.
    detached: process.platform !== 'win32',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));

  let seen = '';
  let opened = false;
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    seen += chunk;
    const ready = READY.exec(seen);
    if (!ready) return;
    opened = true;
    seen = '';
    const url = ready[1];
    void openInBrowser(url).then((ok) => {
      process.stderr.write(
        ok
          ? `已在系统浏览器中打开 / opened in the system browser: ${url}\n`
          : `请在浏览器中打开 / open this in a browser: ${url}\n`,
      );
    });
  });

  return new Promise((resolve) => {
    child.on('error', (err) => {
      process.stderr.write(`LiveDeck: could not start the hub: ${err.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
