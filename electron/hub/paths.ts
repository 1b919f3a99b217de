import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The package root (folder with LiveDeck's package.json), found from this bundle or the cwd. */
export function packageRoot(): string {
  const starts = [typeof __dirname !== 'undefined' ? __dirname : '', process.cwd()].filter(Boolean);
  for (const start of starts) {
    let dir = start;
    for (;;) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) {
        try {
          if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'livedeck') return dir;
        } catch { /* keep walking */ }
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return process.cwd();
}

export function defaultStaticDir(): string {
  return process.env.LIVEDECK_STATIC_DIR ?? join(packageRoot(), 'dist', 'renderer');
}

export function defaultDataDir(): string {
  if (process.env.LIVEDECK_DATA_DIR) return process.env.LIVEDECK_DATA_DIR;
  const xdg = process.env.XDG_DATA_HOME;
  return xdg ? join(xdg, 'livedeck') : join(homedir(), '.livedeck');
}
