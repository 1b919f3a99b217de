import { readFile, stat } from 'node:fs/promises';
import { FIT_AXES, fitWeights, measureRefundTiming, predictedRate, realisedRate } from '../../../shared/domain/refundRisk/fit';
import { RISK_WEIGHTS, type RiskWeights } from '../../../shared/domain/refundRisk/weights';
import { RISK_WEIGHTS_FILE_VERSION, type RiskWeightsFile } from '../../../shared/domain/refundRisk/weightsFile';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import { loadRiskWeights, loadSampleShow, replayRecordingRisk, writeFileAtomic, type RecordingRisk } from '../../hub';
import { type CliIo, parseFlags, UsageError } from '../io';

const USAGE = 'usage: livedeck calibrate FILE.jsonl… [--show SHOW.json] [--weights W.json] [--refit OUT.json [--hold WEIGHT,…]]';
/** Refund timing is measured only on recordings with at least this many days of refund tail (after-delivery returns come 1.5–12 days on). */
const MIN_TAIL_DAYS = 5;

export interface CalibrateOptions {
  files: string[];
  show: RunOfShow;
  /** Weights to evaluate (the built-ins unless --weights). */
  weights: RiskWeights;
  refit: string | null;
  /** Weights the refit keeps as given (names from FIT_AXES). */
  hold: Set<string>;
}

/** Parse and check `livedeck calibrate` arguments (UsageError on any mistake). */
export async function parseCalibrateArgs(args: string[]): Promise<CalibrateOptions> {
  const { flags, positionals } = parseFlags(args, ['show', 'weights', 'refit', 'hold']);
  if (!positionals.length) throw new UsageError(USAGE);
  for (const f of positionals) {
    const st = await stat(f).catch(() => null);
    if (!st?.isFile()) throw new UsageError(`${f}: no such file`);
  }
  let show = loadSampleShow();
  if (typeof flags.show === 'string') {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(flags.show, 'utf8'));
    } catch (err) {
      throw new UsageError(`--show ${flags.show}: cannot read JSON (${(err as Error).message})`);
    }
    const parsed = RunOfShow.safeParse(json);
    if (!parsed.success) throw new UsageError(`--show ${flags.show}: not a valid run-of-show`);
    show = parsed.data;
  }
  let weights = RISK_WEIGHTS;
  if (typeof flags.weights === 'string') {
    const loaded = loadRiskWeights({ file: flags.weights, dataDir: '.' });
    if (loaded.error) throw new UsageError(`--weights ${loaded.error.replace(/; using the built-in weights$/, '')}`);
    weights = loaded.weights;
  }
  const refit = typeof flags.refit === 'string' && flags.refit ? flags.refit : null;
  const hold = new Set(typeof flags.hold === 'string' ? flags.hold.split(',').map((x) => x.trim()).filter(Boolean) : []);
  for (const name of hold) if (!FIT_AXES.includes(name)) throw new UsageError(`--hold ${name}: not a fitted weight (${FIT_AXES.join(', ')})`);
  return { files: positionals, show, weights, refit, hold };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)} pt`;
const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

/** One room's and its products' predicted vs realised lines. */
export function formatRecording(r: RecordingRisk): string {
  const head = `${r.file}  (room ${r.roomId}, ${r.events} events${r.badLines ? `, ${r.badLines} bad lines skipped` : ''}, `
    + `${r.hasStreamEnd ? `refund tail ${r.tailDays.toFixed(1)} days after stream.end` : 'no stream.end: realised = refunds during the recording only'})`;
  const row = (label: string, o: RecordingRisk['room']) =>
    `  ${label.padEnd(28)} GMV ${yuan(o.gmv).padStart(12)}  norm ${pct(o.norm).padStart(6)}  predicted ${pct(o.predicted).padStart(6)}  realised ${pct(o.realised).padStart(6)}  diff ${pts(o.predicted - o.realised)}`;
  return [head, `${row('room', r.room)}  (realised SE ${(realisedSe(r) * 100).toFixed(1)} pt)`, ...r.products.map((p) => row(`${p.productId} ${p.name}`.slice(0, 28), p))].join('\n') + '\n';
}

/**
 * Standard error of a room's realised rate from order-level noise alone: √(r(1 − r) · Σ amount²) ÷ GMV
 * (each order refunds or not; orders of unequal value count as fewer). A diff within ~2 SE is what
 * that noise explains.
 */
export function realisedSe(r: Pick<RecordingRisk, 'room' | 'sumSquaredAmounts'>): number {
  const { realised, gmv } = r.room;
  return gmv > 0 ? Math.sqrt(Math.max(0, realised * (1 - realised)) * r.sumSquaredAmounts) / gmv : 0;
}

/** Room-level summary: mean and largest |predicted − realised|, how many rooms are within ±5 points (and within 2 SE, when given). */
export function summarise(rooms: ReadonlyArray<{ predicted: number; realised: number; se?: number }>): string {
  const diffs = rooms.map((r) => Math.abs(r.predicted - r.realised));
  const within = diffs.filter((d) => d <= 0.05 + 1e-9).length;
  const mean = diffs.reduce((a, d) => a + d, 0) / Math.max(1, diffs.length);
  const withSe = rooms.every((r) => r.se !== undefined);
  const inSe = rooms.filter((r) => Math.abs(r.predicted - r.realised) <= 2 * (r.se ?? 0) + 1e-9).length;
  return `${rooms.length} room(s): mean |predicted − realised| ${(mean * 100).toFixed(1)} pt, largest ${(Math.max(0, ...diffs) * 100).toFixed(1)} pt, within ±5 pt: ${within}/${rooms.length}`
    + `${withSe && rooms.length ? `, within 2 SE: ${inSe}/${rooms.length}` : ''}\n`;
}

/**
 * All recordings' orders together: GMV-weighted predicted and realised, with a 95 % binomial
 * interval on the realised rate, r ± 1.96·√(r(1 − r) ÷ n_eff), n_eff = GMV² ÷ Σ amount² (orders
 * of unequal value count as fewer). A diff inside the interval is what order-level noise explains.
 */
export function pooled(rs: ReadonlyArray<Pick<RecordingRisk, 'room' | 'orders' | 'sumSquaredAmounts'>>): string {
  const gmv = rs.reduce((a, r) => a + r.room.gmv, 0);
  if (!(gmv > 0)) return '';
  const predicted = rs.reduce((a, r) => a + r.room.predicted * r.room.gmv, 0) / gmv;
  const realised = rs.reduce((a, r) => a + r.room.realised * r.room.gmv, 0) / gmv;
  const sq = rs.reduce((a, r) => a + r.sumSquaredAmounts, 0);
  const nEff = sq > 0 ? (gmv * gmv) / sq : 0;
  const half = nEff > 0 ? 1.96 * Math.sqrt((realised * (1 - realised)) / nEff) : 0;
  const orders = rs.reduce((a, r) => a + r.orders, 0);
  return `pooled: ${orders} orders (effective ${nEff.toFixed(0)}), GMV ${yuan(gmv)}, predicted ${pct(predicted)}, realised ${pct(realised)} `
    + `(95% CI ${pct(Math.max(0, realised - half))}–${pct(Math.min(1, realised + half))}), diff ${pts(predicted - realised)}\n`;
}

/**
 * `livedeck calibrate FILE.jsonl… [--refit OUT.json]`: replays each recording offline through the
 * hub's own room and refund-risk model, prints predicted (at stream end) vs realised (every refund
 * requested in the file, the tail after stream.end included) per room and product, and with
 * --refit fits the model's weights to these recordings and writes them for the hub to load
 * (`<data dir>/risk-weights.json` or `livedeck serve --risk-weights FILE`).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = await parseCalibrateArgs(args);
  const results: RecordingRisk[] = [];
  for (const file of opts.files) {
    const r = await replayRecordingRisk(file, { show: opts.show, weights: opts.weights });
    results.push(r);
    io.stdout.write(formatRecording(r));
  }
  io.stdout.write(summarise(results.map((r) => ({ ...r.room, se: realisedSe(r) }))));
  io.stdout.write(pooled(results));
  if (!opts.refit) return 0;

  const sessions = results.map((r) => r.session).filter((s) => s.products.length > 0);
  if (!sessions.length) {
    io.stderr.write('livedeck calibrate: nothing to fit (no recording has paid orders)\n');
    return 1;
  }
  // How refunds are timed is measured on the recordings that hold their refund tail, then the rest is fitted.
  const timing = measureRefundTiming(results.filter((r) => r.hasStreamEnd && r.tailDays >= MIN_TAIL_DAYS).map((r) => r.timing));
  const start: RiskWeights = timing
    ? { ...opts.weights, earlyRefunds: { ...opts.weights.earlyRefunds, finalShare: timing.finalShare }, refundDelay: timing.refundDelay }
    : opts.weights;
  io.stdout.write(timing
    ? `refund timing measured: ${(timing.finalShare * 100).toFixed(0)}% of refunds requested within 30 min of payment; pre-shipment requests after a median ${timing.refundDelay.median} min (sigma ${timing.refundDelay.sigma})\n`
    : `refund timing: too few refunds with a ${MIN_TAIL_DAYS}-day tail to measure; kept finalShare and refundDelay as given\n`);
  const fit = fitWeights(sessions, start, opts.hold);
  const file: RiskWeightsFile = {
    v: RISK_WEIGHTS_FILE_VERSION,
    fittedAt: new Date().toISOString(),
    fit: { sessions: sessions.length, products: sessions.reduce((a, s) => a + s.products.length, 0), rmsBefore: fit.rmsBefore, rmsAfter: fit.rmsAfter },
    weights: fit.weights,
  };
  try {
    await writeFileAtomic(opts.refit, `${JSON.stringify(file, null, 2)}\n`);
  } catch (err) {
    io.stderr.write(`livedeck calibrate: cannot write ${opts.refit}: ${(err as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`refit on ${sessions.length} session(s), ${file.fit.products} product(s): RMS error ${(fit.rmsBefore * 100).toFixed(1)} → ${(fit.rmsAfter * 100).toFixed(1)} pt (${fit.passes} passes)\n`);
  io.stdout.write(summarise(sessions.map((s) => ({ predicted: predictedRate(s, fit.weights), realised: realisedRate(s) }))));
  io.stdout.write(`wrote ${opts.refit}; the hub loads it from <data dir>/risk-weights.json or with livedeck serve --risk-weights ${opts.refit}\n`);
  return 0;
}
