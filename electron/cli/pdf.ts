import { existsSync } from 'node:fs';

/** Chromium-family browsers the CLI may print with: $LIVEDECK_CHROMIUM, $CHROME_PATH, then the usual Linux places. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.LIVEDECK_CHROMIUM, env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

/**
 * Prints a self-contained HTML page to an A4 landscape PDF with headless Chromium through
 * playwright-core (a development dependency, loaded only when a PDF is asked for).
 */
export async function printHtmlToPdf(html: string, out: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const executablePath = chromiumPath();
  if (!executablePath) return { ok: false, error: 'no Chromium found: install chromium (Debian/Ubuntu: apt-get install chromium) or set LIVEDECK_CHROMIUM to a Chrome/Chromium/Edge binary; or write --out report.html and print it from a browser' };
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return { ok: false, error: 'PDF export needs the playwright-core package (npm install playwright-core); or write --out report.html and print it from a browser' };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await chromium.launch({ executablePath, headless: true, args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    // The page is ours and has no scripts or external resources; block any request all the same.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', landscape: true, printBackground: true });
    return { ok: true };
  } finally {
    await browser.close();
  }
}
