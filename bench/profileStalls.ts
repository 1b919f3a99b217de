/**
 * Lists where a thread's event loop was held longer than a threshold, from a V8 CPU profile
 * (`--cpu-prof`; the hub's main thread is the file whose name ends in `.0.<n>.cpuprofile`, thread 0):
 * every run of consecutive busy samples ≥ the threshold, with its top functions.
 *
 *   BENCH_PROF=.bench/prof npm run bench -- --only heavy-files
 *   npx tsx bench/profileStalls.ts .bench/prof/CPU.…cpuprofile [minMs=30]
 */
import { readFileSync } from 'node:fs';
import { busyStretches, type CpuProfile } from './lib/cpuProfile';

const [file, min] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx bench/profileStalls.ts <file.cpuprofile> [minMs]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof busyStretches>[0];
const stretches = busyStretches(profile as CpuProfile & typeof profile, Number(min ?? 30));
for (const s of stretches) {
  console.log(`at ${(s.atMs / 1000).toFixed(2)} s: ${s.ms} ms busy (${s.samples} samples, longest ${s.longestSampleMs} ms)`);
  console.log(`  self:      ${s.self.map((f) => `${f.fn} ${f.ms}`).join(' | ')}`);
  console.log(`  inclusive: ${s.inclusive.map((f) => `${f.fn} ${f.ms}`).join(' | ')}`);
}
console.log(`${stretches.length} stretches ≥ ${min ?? 30} ms`);
