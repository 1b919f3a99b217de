// Builds everything `livedeck serve` and Electron need: the renderer (vite) and the Node-side
// bundles (esbuild): the CLI/hub, the Electron main process and the preload script.
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync, rmSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');
const t0 = Date.now();

rmSync(`${root}/dist/node`, { recursive: true, force: true });
rmSync(`${root}/dist/electron`, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: quiet ? 'error' : 'warning',
  absWorkingDir: root,
};

const has = (file) => existsSync(`${root}/${file}`);
// The hub's job worker (heavy imports/exports off the live loop) sits beside each bundle that embeds the hub.
const HUB_WORKER = 'electron/hub/workers/worker.ts';

await Promise.all([
  viteBuild({ configFile: `${root}/vite.config.mts`, logLevel: quiet ? 'error' : 'warn' }),
  // CLI and hub: dependencies stay in node_modules.
  esbuild({ ...common, entryPoints: { cli: 'electron/cli/main.ts', hubWorker: HUB_WORKER }, outdir: 'dist/node', packages: 'external' }),
  // Electron main process: embeds the hub.
  has('electron/main.ts') && esbuild({ ...common, entryPoints: { main: 'electron/main.ts', hubWorker: HUB_WORKER }, outdir: 'dist/electron', packages: 'external', external: ['electron'] }),
  // Preload runs sandboxed: one self-contained file that may only require 'electron'.
  has('electron/preload.ts') && esbuild({ ...common, entryPoints: { preload: 'electron/preload.ts' }, outdir: 'dist/electron', external: ['electron'], platform: 'browser', format: 'cjs' }),
]);

if (!quiet) console.log(`LiveDeck built in ${Date.now() - t0} ms → dist/`);
