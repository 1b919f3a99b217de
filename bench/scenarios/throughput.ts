import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyComment } from '../../shared/domain/comments/classify';
import { lintShow } from '../../shared/domain/compliance/lintShow';
import { classifyWithRegexes } from '../baselines/regexClassifier';
import { lintShowWithRegexes } from '../baselines/regexLint';
import { BENCH_ROOT } from '../lib/children';
import { commentTexts } from '../lib/corpus';
import { show100 } from '../lib/show100';
import { round } from '../lib/stats';
import { opsPerSecond, timeRuns } from '../lib/timeit';
import { row, type Row } from '../lib/table';
import type { ScenarioContext } from './types';

/** Comments to classify: the simulator corpus and the labelled fixture, shuffled together. */
function corpus(): string[] {
  const fixture = readFileSync(join(BENCH_ROOT, 'test/fixtures/comments-labelled.tsv'), 'utf8')
    .split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]!).filter(Boolean);
  const all = [...commentTexts(), ...fixture];
  // Deterministic interleave so consecutive calls do not repeat the same template family.
  return all.map((t, i) => [(i * 2654435761) % 4294967296, t] as const).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
}

/** Classifier comments/s on one core (this process's main thread), and lint time of a 100-product show. */
export async function throughput(ctx: ScenarioContext): Promise<Row[]> {
  const texts = corpus();
  const n = texts.length;
  const ms = ctx.quick ? 300 : 3000;
  ctx.log(`throughput: classifier over ${n} distinct comments, ${ms} ms each`);
  const ours = opsPerSecond((i) => classifyComment(texts[i % n]!).topic, ms);
  const base = opsPerSecond((i) => classifyWithRegexes(texts[i % n]!).topic, ms);

  const show = show100();
  const runs = ctx.quick ? 5 : 30;
  ctx.log(`throughput: lint of a ${show.products.length}-product, ${show.slots.length}-slot show, median of ${runs}`);
  const lint = timeRuns(() => lintShow(show), runs);
  const lintBase = timeRuns(() => lintShowWithRegexes(show), runs);
  const findings = lintShow(show).length;
  ctx.note('throughput', `corpus ${n} comments; lint: ${findings} findings in the 100-slot show; the regex lint baseline does no price checks (lower bound on its work)`);
  const s = 'throughput';
  return [
    row({ scenario: s, figure: 'classifier, one core', unit: 'comments/s', ours: Math.round(ours), baseline: Math.round(base), better: 'higher', target: '≥ 200,000/s', check: (v) => v >= 200_000 }),
    row({ scenario: s, figure: 'lint 100-product show (warm median)', unit: 'ms', ours: round(lint.medianMs, 2), baseline: round(lintBase.medianMs, 2), better: 'lower', target: '≤ 50 ms', check: (v) => v <= 50 }),
    row({ scenario: s, figure: 'lint 100-product show (first run, incl. lexicon compile)', unit: 'ms', ours: round(lint.coldMs, 2), baseline: round(lintBase.coldMs, 2), better: 'lower', target: null }),
  ];
}
