import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const ROOT = join(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/node/cli.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * `bin/livedeck.js` runs dist/node/cli.js. Rebuild that bundle (exactly as scripts/build.mjs does
 * for the CLI) when any source is newer, so the test exercises the current code.
 */
export async function ensureCliBuilt(): Promise<void> {
  const sources = Math.max(...['electron/cli', 'electron/hub', 'shared', 'assets'].map((d) => newestMtime(join(ROOT, d))));
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= sources) return;
  await build({
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'error', absWorkingDir: ROOT,
    entryPoints: { cli: 'electron/cli/main.ts' }, outdir: 'dist/node', packages: 'external',
  });
}

export interface CliRun { code: number | null; stdout: string; stderr: string }

/** Runs `node bin/livedeck.js ...args` — the real entry point. */
export function livedeck(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/livedeck.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
