/**
 * `npm run bench [-- --only NAME[,NAME]] [-- --quick]`: runs the scenarios of DESIGN §5 beside
 * naive baselines, prints a Markdown table and writes the same as JSON under .bench/.
 * Exit code 0 when every scenario ran (whatever the figures), 1 when one crashed, 2 on bad flags.
 * Env: BENCH_PROF=<dir> writes CPU profiles of the children (and the page); BENCH_FAIL=<scenario>
 * makes that scenario crash (to check the exit code in CI).
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_ROOT, initBenchTmp } from './lib/children';
import { toMarkdown, ratio, type Row } from './lib/table';
import { SCENARIOS } from './scenarios/index';
import type { ScenarioContext } from './scenarios/types';

function parseArgs(argv: string[]): { quick: boolean; only: string[] | null } {
  let quick = false;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') quick = true;
    else if (a === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a.startsWith('--only=')) only = a.slice(7).split(',').filter(Boolean);
    else throw new Error(`unknown argument "${a}" (use --only NAME, --quick)`);
  }
  // BENCH_PROF=<dir> makes children write CPU profiles there; Node hangs at exit when it cannot.
  const prof = process.env.BENCH_PROF;
  if (prof) {
    mkdirSync(prof, { recursive: true });
    accessSync(prof, constants.W_OK);
  }
  const names = SCENARIOS.map((s) => s.name);
  for (const n of only ?? []) if (!names.includes(n)) throw new Error(`unknown scenario "${n}" (one of ${names.join(', ')})`);
  if (only && !only.length) throw new Error('--only needs a scenario name');
  return { quick, only };
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${(err as Error).message}`);
    return 2;
  }
  initBenchTmp();
  const started = new Date();
  const load0 = loadavg();
  const notes: { scenario: string; text: string }[] = [];
  const errors: { scenario: string; error: string }[] = [];
  const rows: Row[] = [];
  const timings: Record<string, number> = {};
  const details: Record<string, Record<string, unknown>> = {};
  const ctx: ScenarioContext = {
    quick: args.quick,
    log: (m) => console.error(`[bench] ${m}`),
    note: (scenario, text) => notes.push({ scenario, text }),
    detail: (scenario, key, value) => { (details[scenario] ??= {})[key] = value; },
  };
  for (const s of SCENARIOS) {
    if (args.only && !args.only.includes(s.name)) continue;
    const t0 = Date.now();
    try {
      // BENCH_FAIL=<scenario>: make that scenario crash, to check that the exit code says so.
      if (process.env.BENCH_FAIL === s.name) throw new Error(`BENCH_FAIL=${s.name}`);
      rows.push(...(await s.run(ctx)));
    } catch (err) {
      const error = err instanceof Error ? err.stack ?? err.message : String(err);
      errors.push({ scenario: s.name, error });
      console.error(`[bench] ${s.name} FAILED: ${error}`);
    }
    timings[s.name] = Date.now() - t0;
    ctx.log(`${s.name} took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const machine = {
    cpus: cpus().length, model: cpus()[0]?.model ?? '?', node: process.version, totalMemMiB: Math.round(totalmem() / 1048576),
    loadavgBefore: load0.map((x) => +x.toFixed(2)), loadavgAfter: loadavg().map((x) => +x.toFixed(2)),
  };
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const table = toMarkdown(rows);
  console.log(`\n## LiveDeck bench — ${started.toISOString()}${args.quick ? ' (quick: harness check, figures not meaningful)' : ''}\n`);
  console.log(`\`${command}\` · ${machine.cpus} × ${machine.model}, Node ${machine.node}, load avg before ${machine.loadavgBefore.join(' / ')}, after ${machine.loadavgAfter.join(' / ')} (cores shared with other work)\n`);
  console.log(table);
  console.log('\nratio = how many times better ours is than the baseline (> 1 = ours better).');
  for (const n of notes) console.log(`- ${n.scenario}: ${n.text}`);
  for (const e of errors) console.log(`- ${e.scenario}: **crashed** — ${e.error.split('\n')[0]}`);

  const dir = join(BENCH_ROOT, '.bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `results-${started.toISOString().replace(/[:.]/g, '-')}${args.quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify({
    startedAt: started.toISOString(), command, quick: args.quick, machine, timingsMs: timings,
    rows: rows.map((r) => ({ ...r, ratio: ratio(r) })), notes, errors, markdown: table, details,
  }, null, 2)}\n`);
  console.log(`\nresults written to ${file}`);
  return errors.length ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
