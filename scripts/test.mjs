// `npm test`: type-check, lint, import cycles, unit tests, then end-to-end tests in a real Chromium.
// Ends with one summary line "Tests: N passed, N failed" and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}/test-results`;
mkdirSync(out, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const only = process.argv.slice(2);

const steps = [
  { name: 'typecheck', cmd: [npx, 'tsc', '-p', 'tsconfig.shared.json'] },
  { name: 'typecheck', cmd: [npx, 'tsc', '-p', 'tsconfig.node.json'] },
  { name: 'typecheck', cmd: [npx, 'tsc', '-p', 'tsconfig.web.json'] },
  // The hub and the CLI once more without DOM types: they run under plain Node.
  { name: 'typecheck', cmd: [npx, 'tsc', '-p', 'tsconfig.hub.json'] },
  { name: 'lint', cmd: [npx, 'eslint', '.', '--max-warnings=0'] },
  { name: 'cycles', cmd: [process.execPath, 'scripts/cycles.mjs'] },
  { name: 'build', cmd: [process.execPath, 'scripts/build.mjs', '--quiet'] },
  { name: 'unit', cmd: [npx, 'vitest', 'run', '--config', 'vitest.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/unit.json`], report: `${out}/unit.json` },
  { name: 'e2e', cmd: [npx, 'vitest', 'run', '--config', 'vitest.e2e.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/e2e.json`], report: `${out}/e2e.json` },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n▶ ${step.name}: ${step.cmd.slice(1).join(' ')}`);
  const started = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit', env: process.env });
  if (step.report && existsSync(step.report)) {
    const rep = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += rep.numPassedTests ?? 0;
    failed += rep.numFailedTests ?? 0;
    skipped += (rep.numPendingTests ?? 0) + (rep.numTodoTests ?? 0);
  } else if (!step.report) {
    if (r.status === 0) passed += 1; else failed += 1;
  }
  console.log(`◀ ${step.name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (r.status !== 0) failures.push(step.name);
}
console.log(`\n${failures.length ? `Failed steps: ${[...new Set(failures)].join(', ')}` : 'All steps green.'}`);
console.log(`Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length ? 1 : 0);
