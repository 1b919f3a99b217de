import { renameSync, rmSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { checkpointPaths } from '../../electron/hub/journal/checkpointFile';
import { encodeInput } from '../../electron/hub/journal/format';
import { journalPath, SessionJournal } from '../../electron/hub/journal/session';
import { restoreRoom } from '../../electron/hub/room/restore';
import { Room } from '../../electron/hub/room/room';
import { loadSampleShow } from '../../electron/hub/sampleShow';
import { runRoom } from '../../shared/sim/runRoom';
import { benchTmpDir } from '../lib/children';
import { round } from '../lib/stats';
import { row, type Row } from '../lib/table';
import type { ScenarioContext } from './types';

const MiB = 1024 * 1024;
const V2_HEADER = { roomId: 'main', platform: 'sim' };
const CHECKPOINT_EVERY_MIN = 3;

function gcNow(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => { gc(); gc(); };
}

/**
 * A top room's session (simulated, accelerated) journaled by the real SessionJournal, with a
 * checkpoint every 3 session-minutes as the hub's timer would; then a crash (no clean stop) and
 * two restarts: from the newest checkpoint + tail (ours) and from the whole journal (baseline).
 * The full run is a 6-hour (360-minute) session; --quick a 3-minute one (CI). Also the journal's
 * size per session-hour (v3 packed lines; baseline: v2 plain lines) and the hub's growth per
 * session-hour after the first (JS heap + typed arrays after GC, as the soak measures it).
 */
export async function restart(ctx: ScenarioContext): Promise<Row[]> {
  // BENCH_RESTART_MINUTES: another session length (e.g. 60, to see a later, busier room's journal without the 6-hour run).
  const override = Number(process.env.BENCH_RESTART_MINUTES);
  const minutes = Number.isFinite(override) && override > 0 ? override : ctx.quick ? 3 : 360;
  const show = loadSampleShow();
  const dataDir = benchTmpDir('restart-');
  const startAt = 1_760_000_000_000;
  let clock = startAt;
  const now = () => clock;
  const gc = gcNow();
  ctx.log(`restart: ${minutes} min of the 'top' room, journaled, checkpoint every ${CHECKPOINT_EVERY_MIN} min, then kill and restart`);
  const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now, checkpointMs: 0, writer: { flushMs: 3_600_000, fsyncMs: 3_600_000, markMs: 3_600_000 } });
  const room = new Room({ roomId: 'main', show, now: clock, startOnAir: true });
  j.start(room, { show, startOnAir: true });
  // Baseline size: the same inputs in version 2's plain lines (each input is one journal line).
  let v2Extra = 0;
  room.onInput = (input) => {
    j.append(input);
    if (input.kind === 'events') v2Extra += Buffer.byteLength(encodeInput(input, V2_HEADER, true)) - Buffer.byteLength(encodeInput(input, V2_HEADER));
  };
  let events = 0;
  let lastFlush = clock;
  let lastCheckpoint = clock;
  const heap: { min: number; mib: number; realS: number }[] = [];
  const half = Math.max(1, Math.floor(minutes / 2));
  // The first sample after the first hour (or half-way through a short run), then every hour, then the end.
  const samplesAt = minutes > 60 ? [...Array.from({ length: Math.floor((minutes - 1) / 60) }, (_, i) => 60 * (i + 1)), minutes - 0.5] : [half, minutes - 0.5];
  const wall0 = performance.now();
  for (const batch of runRoom({ show, preset: 'top', seed: 7, roomId: 'main', startAt, minutes })) {
    clock = batch[batch.length - 1]!.ts;
    events += room.ingest(batch, clock);
    if (clock - lastFlush >= 1000) {
      lastFlush = clock;
      j.beforeDelta(room.currentSeq + 1);
      room.flush(clock);
    }
    if (clock - lastCheckpoint >= CHECKPOINT_EVERY_MIN * 60_000) {
      lastCheckpoint = clock;
      j.checkpoint(true);
    }
    const min = (clock - startAt) / 60_000;
    if (heap.length < samplesAt.length && min >= samplesAt[heap.length]!) {
      gc();
      const m = process.memoryUsage();
      heap.push({ min, mib: (m.heapUsed + m.arrayBuffers) / MiB, realS: Math.round((performance.now() - wall0) / 1000) });
      ctx.log(`restart: minute ${Math.round(min)}: heap + typed arrays ${round(heap[heap.length - 1]!.mib, 1)} MiB, ${events.toLocaleString('en-US')} events, ${heap[heap.length - 1]!.realS} s`);
    }
  }
  // The crash: what was written stays, nothing else (no clean-stop checkpoint).
  j.beforeDelta(room.currentSeq + 1);
  const path = journalPath(dataDir, 'main');
  const bytes = statSync(path).size;
  const hours = minutes / 60;
  const cp = j.status().checkpoint;
  const stateMiB = cp ? statSync(checkpointPaths(path)[0]!).size / MiB : 0;

  const timeRestore = (): { ms: number; events: number; tail: number } => {
    gc();
    const t0 = performance.now();
    const again = new SessionJournal({ dataDir, roomId: 'main', resume: true, now, checkpointMs: 0 });
    const back = restoreRoom(again, show)!;
    back.snapshot(clock + 1000);
    const ms = performance.now() - t0;
    return { ms, events: back.stats.events, tail: again.report!.tailRecords };
  };
  const ours = timeRestore();
  // Baseline: today's restart, the whole journal replayed (checkpoints moved away).
  for (const p of checkpointPaths(path)) { try { renameSync(p, `${p}.off`); } catch { /* missing slot */ } }
  const full = timeRestore();
  if (ours.events !== events || full.events !== events) ctx.note('restart', `events differ: ingested ${events}, checkpoint+tail ${ours.events}, full replay ${full.events}`);
  rmSync(dataDir, { recursive: true, force: true });

  const perHour = (x: number) => x / hours;
  const last = heap[heap.length - 1];
  const growth = heap.length >= 2 ? (last!.mib - heap[0]!.mib) / ((last!.min - heap[0]!.min) / 60) : null;
  ctx.detail('restart', 'heap', heap);
  ctx.note('restart', `${minutes} min top session: ${events.toLocaleString('en-US')} events, journal ${round(bytes / MiB, 1)} MiB, checkpoint ${round(stateMiB, 1)} MiB; `
    + `restart replayed ${ours.tail} tail records after the checkpoint vs all; heap + typed arrays after GC by minute: `
    + heap.map((h) => `${Math.round(h.min)}′ ${round(h.mib, 1)} MiB`).join(', '));
  return [
    row({
      scenario: 'restart', figure: `restart to snapshot-ready after a ${minutes}-min top session (baseline: full replay)`, unit: 'ms',
      ours: round(ours.ms), baseline: round(full.ms), better: 'lower', target: '≤ 2,000 ms (6-h session)', check: (v) => v <= 2000,
    }),
    row({
      scenario: 'restart', figure: 'journal per top-room hour (baseline: version-2 plain lines)', unit: 'MiB',
      ours: round(perHour(bytes / MiB), 1), baseline: round(perHour((bytes + v2Extra) / MiB), 1), better: 'lower', target: '≤ 50 MiB/h', check: (v) => v <= 50,
    }),
    row({
      scenario: 'restart', figure: minutes > 60 ? 'hub heap + typed arrays growth per hour after the first' : `hub heap + typed arrays growth per hour (2nd half of ${minutes} min; not after the first hour)`, unit: 'MiB/h',
      ours: growth === null ? null : round(growth, 1), baseline: 85.5, better: 'lower', target: '≤ 5 MiB/h', check: (v) => v <= 5,
      note: 'baseline: +85.5 MiB/h, the 6-hour soak before bounded windows (docs/performance.md)',
    }),
  ];
}
