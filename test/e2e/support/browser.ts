import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/**
 * Finds a Chromium-family browser for the end-to-end tests: $LIVEDECK_CHROMIUM / $CHROME_PATH,
 * the usual system locations on Linux, macOS and Windows, then Playwright's own download.
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const out: string[] = [];
  if (env.LIVEDECK_CHROMIUM) out.push(env.LIVEDECK_CHROMIUM);
  if (env.CHROME_PATH) out.push(env.CHROME_PATH);
  if (platform === 'darwin') {
    out.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    );
  } else if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    for (const r of roots) {
      out.push(join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
    }
  } else {
    out.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/snap/bin/chromium',
    );
  }
  return out;
}

function playwrightChromium(): string | null {
  try {
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export function findChromium(): string {
  for (const c of chromiumCandidates()) if (existsSync(c)) return c;
  const own = playwrightChromium();
  if (own) return own;
  throw new Error(
    'No Chromium found for the end-to-end tests. Install one and/or point LIVEDECK_CHROMIUM at it:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium   (or chromium-browser)\n' +
      '  macOS: install Google Chrome, or `npx playwright-core install chromium`\n' +
      '  Windows: install Google Chrome or Microsoft Edge\n' +
      '  anywhere: npx playwright-core install chromium\n' +
      'Then re-run, e.g. LIVEDECK_CHROMIUM=/path/to/chrome npm test',
  );
}

export function launchArgs(): string[] {
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) args.unshift('--no-sandbox');
  return args;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: launchArgs(), headless: true });
}
