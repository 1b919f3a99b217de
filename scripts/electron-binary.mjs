// Where the Electron binary is, and the one attempt to download it. `npm install` never runs
// Electron's own download (allowScripts denies it, and .npmrc turns dependency install scripts off
// for npm 10, which ignores allowScripts), so the first `npm start` fetches it here — and a machine
// that cannot reach Electron's download host simply gets the browser fallback instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** How long the first-start download may take before LiveDeck opens in the browser instead. */
export const FETCH_TIMEOUT_MS = 120_000;

/** Path of the electron package's installer, or null when the package itself is not installed. */
export function electronInstaller() {
  try {
    return require.resolve('electron/install.js');
  } catch {
    return null;
  }
}

/** Path of the Electron executable, or null when it was never downloaded (or the package is absent). */
export function electronBinary() {
  try {
    // The package exports its binary's path, and throws when the binary was never downloaded.
    delete require.cache[require.resolve('electron')];
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Runs the electron package's own installer (node_modules/electron/install.js), printing its output.
 * Resolves true when it exited 0 within `timeoutMs`; false on failure, timeout or no package.
 */
export function fetchElectronBinary({ timeoutMs = FETCH_TIMEOUT_MS } = {}) {
  const installer = electronInstaller();
  if (!installer) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      // The installer prints a whole stack trace on failure; its first line says why.
      if (code !== 0) process.stderr.write(`  ${timedOut ? `gave up after ${Math.round(timeoutMs / 1000)} s` : firstLine(stderr)}\n`);
      resolve(code === 0);
    });
  });
}

function firstLine(text) {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l && !l.startsWith('at ')) ?? 'the download failed'
  );
}
