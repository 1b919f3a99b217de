import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LiveEvent } from '../../../shared/protocol/events';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import { runRoom } from '../../../shared/sim/runRoom';
import { SIM_PRESETS, type SimPreset } from '../../../shared/sim/simulator';
import { createStreamStats } from '../../../shared/sim/streamStats';
import { loadSampleShow } from '../../hub';
import { type CliIo, intFlag, parseFlags, UsageError } from '../io';
import { readShowFile } from '../showFile';

const FLAGS = ['preset', 'seed', 'minutes', 'out', 'show', 'room', 'start', 'tail-days'] as const;
const BOOLEANS = ['pressure'] as const;
/** Friday 2024-11-08 20:00 Beijing time: a fixed default start so the same seed gives the same file. */
const DEFAULT_START = Date.UTC(2024, 10, 8, 12, 0, 0);
const CHUNK_BYTES = 1 << 20;
/** Longest refund tail: past the 7-day return window after the slowest delivery (docs/refund-risk.md). */
const MAX_TAIL_DAYS = 60;

export interface SimulateOptions {
  preset: SimPreset;
  seed: number;
  minutes: number;
  out: string;
  show: RunOfShow;
  roomId: string;
  startAt: number;
  /** Days of refund requests written after stream.end (0: none). */
  tailDays: number;
  /** A pressure-selling show (逼单 lines all the time). */
  pressure: boolean;
}

/** Parse and check `livedeck simulate` flags; every mistake is a UsageError with a clear message. */
export async function parseSimulateArgs(args: string[]): Promise<SimulateOptions> {
  const { flags, positionals } = parseFlags(args, FLAGS, BOOLEANS);
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: livedeck simulate --preset P --seed S --minutes M --out FILE.jsonl)`);
  const preset = flags.preset ?? 'medium';
  if (typeof preset !== 'string' || !(SIM_PRESETS as readonly string[]).includes(preset)) throw new UsageError(`--preset must be one of ${SIM_PRESETS.join(', ')}`);
  const seed = intFlag(flags, 'seed', 1, 0, 2 ** 32 - 1);
  const out = flags.out;
  if (typeof out !== 'string' || !out) throw new UsageError('--out FILE.jsonl is required ("-" writes to stdout)');
  const show = typeof flags.show === 'string' ? await readShow(flags.show) : loadSampleShow();
  const planned = show.slots.reduce((a, s) => a + s.plannedMinutes, 0);
  let minutes = planned;
  if (flags.minutes !== undefined) {
    minutes = Number(flags.minutes);
    if (typeof flags.minutes !== 'string' || !Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60) throw new UsageError('--minutes must be a number of minutes between 0 and 1440 (e.g. 120 or 0.5)');
  }
  let startAt = DEFAULT_START;
  if (flags.start !== undefined) {
    const raw = String(flags.start);
    startAt = /^\d+$/.test(raw) ? Number(raw) : Date.parse(raw);
    if (!Number.isFinite(startAt) || startAt < 0) throw new UsageError('--start must be an ISO date (2024-11-08T20:00:00+08:00) or epoch milliseconds');
  }
  let tailDays = 0;
  if (flags['tail-days'] !== undefined) {
    tailDays = Number(flags['tail-days']);
    if (typeof flags['tail-days'] !== 'string' || !Number.isFinite(tailDays) || tailDays < 0 || tailDays > MAX_TAIL_DAYS) throw new UsageError(`--tail-days must be a number of days between 0 and ${MAX_TAIL_DAYS} (e.g. 14)`);
  }
  const roomId = typeof flags.room === 'string' && flags.room ? flags.room : 'sim-room';
  if (roomId.length > 128) throw new UsageError('--room must be at most 128 characters');
  if (out !== '-') {
    const dir = dirname(resolve(out));
    const st = await stat(dir).catch(() => null);
    if (!st?.isDirectory()) throw new UsageError(`--out: directory ${dir} does not exist`);
  }
  return { preset: preset as SimPreset, seed, minutes, out, show, roomId, startAt, tailDays, pressure: flags.pressure === true };
}

/** `--show FILE` (electron/cli/showFile.ts), which must also have slots to simulate. */
async function readShow(file: string): Promise<RunOfShow> {
  const show = await readShowFile(file);
  if (!show.slots.length) throw new UsageError(`--show ${file}: the run-of-show has no slots`);
  return show;
}

/** Write the stream: a temp file next to the target, fsync, then rename (or stdout for "-"). */
async function writeStream(opts: SimulateOptions, io: CliIo, onEvent: (e: LiveEvent) => void): Promise<number> {
  const stats = { lines: 0 };
  let chunk = '';
  const produce = async (write: (s: string) => Promise<void>) => {
    for (const batch of runRoom(opts)) {
      for (const e of batch) {
        chunk += JSON.stringify(e) + '\n';
        stats.lines++;
        onEvent(e);
      }
      if (chunk.length >= CHUNK_BYTES) {
        await write(chunk);
        chunk = '';
      }
    }
    if (chunk) await write(chunk);
  };
  if (opts.out === '-') {
    await produce((s) => new Promise<void>((res, rej) => {
      const ok = io.stdout.write(s, (err) => (err ? rej(err) : undefined));
      if (ok) res();
      else io.stdout.once('drain', () => res());
    }));
    return stats.lines;
  }
  const target = resolve(opts.out);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fh = await open(tmp, 'wx');
  try {
    await produce(async (s) => { await fh.write(s); });
    await fh.sync();
    await fh.close();
    await rename(tmp, target);
  } catch (err) {
    await fh.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  return stats.lines;
}

/**
 * `livedeck simulate --preset P --seed S --minutes M --out FILE.jsonl [--tail-days N]`: a simulated
 * session as JSON lines; with --tail-days, the refund requests of the N days after the show follow
 * stream.end (what `livedeck calibrate` reads as the realised refund rate).
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = await parseSimulateArgs(args);
  const stats = createStreamStats();
  let endAt = Infinity;
  let tailRefunds = 0;
  // The tail's days stay out of the stream's figures (events per second, duration).
  const count = (e: LiveEvent) => {
    if (e.ts > endAt) {
      if (e.type === 'refund.requested') tailRefunds++;
      return;
    }
    if (e.type === 'stream.end') endAt = e.ts;
    stats.add(e);
  };
  let lines: number;
  try {
    lines = await writeStream(opts, io, count);
  } catch (err) {
    io.stderr.write(`livedeck simulate: cannot write ${opts.out}: ${(err as Error).message}\n`);
    return 1;
  }
  const s = stats.summary();
  const report = opts.out === '-' ? io.stderr : io.stdout;
  report.write(
    `wrote ${lines} events to ${opts.out} (preset ${opts.preset}, seed ${opts.seed}, ${opts.minutes} min, ${s.eventsPerSecond.toFixed(0)} events/s): `
    + `在线 avg ${Math.round(s.avgOnline)} max ${s.maxOnline}, 场观 ${s.totalViewers}, comments/viewer-min ${s.commentsPerViewerMinute.toFixed(3)}, `
    + `点击率 ${(s.clickRate * 100).toFixed(1)}%, 点击-成交 ${(s.clickToBuy * 100).toFixed(1)}%, 观看-成交 ${(s.conversion * 100).toFixed(2)}%, GMV ¥${(s.gmv / 100).toFixed(2)}`
    + `${opts.tailDays > 0 ? `, refund tail ${opts.tailDays} days: ${tailRefunds} requests after stream.end` : ''}\n`,
  );
  return 0;
}
