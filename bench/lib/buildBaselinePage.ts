import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BENCH_ROOT } from './children';

/** Bundle the unvirtualised-list baseline page into .bench/baseline-list/ (served as a hub's staticDir). */
export async function buildBaselinePage(): Promise<string> {
  const out = join(BENCH_ROOT, '.bench/baseline-list');
  mkdirSync(out, { recursive: true });
  const src = join(BENCH_ROOT, 'bench/baselines/plainList');
  await build({
    entryPoints: [join(src, 'main.ts')], outfile: join(out, 'main.js'), bundle: true, minify: true,
    platform: 'browser', format: 'iife', target: 'chrome120', logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  copyFileSync(join(src, 'index.html'), join(out, 'index.html'));
  return out;
}
