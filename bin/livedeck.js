#!/usr/bin/env node
// Entry point of the `livedeck` command. The CLI is bundled to dist/node/cli.js by
// `npm run build` (run automatically by `npm install`); build it now if it is missing.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'node', 'cli.js');
if (!fs.existsSync(cli) || !fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    console.error('livedeck: the build failed; run `npm run build` to see why.');
    process.exit(1);
  }
}
require(cli).main(process.argv.slice(2)).then(
  (code) => { if (typeof code === 'number') process.exitCode = code; },
  (err) => { console.error(`livedeck: ${err && err.message ? err.message : err}`); process.exit(1); },
);
