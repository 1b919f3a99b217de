import { createInterface, type Interface } from 'node:readline';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { EventSource } from '../../../shared/protocol/source';
import { readHarEvents } from '../recordings/harEvents';
import { productIdResolver } from '../../../shared/connectors/douyin';
import { openRecording, readRecordingHead } from '../recordings/recordingFile';
import { isHarStart, textPieces } from '../recordings/textChunks';
import { checkEventLine } from './eventLine';

export interface ReplaySourceOptions {
  /**
   * A JSON-lines file of LiveEvents (as `livedeck simulate` writes), or a HAR of the seller's
   * Douyin console (its responses mapped by the Douyin connector, in the order they were received).
   */
  file: string;
  /** The room's show: a HAR's Douyin product ids map to its products (default: none, ids pass as 'dy:…'). */
  show?: RunOfShow;
  /** Playback speed: 2 = twice as fast. Default 1. */
  speed?: number;
  /** Clock (epoch ms). Default Date.now. */
  now?: () => number;
  /** Rewrite every event's roomId (the hub's room). Default: keep. */
  roomId?: string;
  /** Told about each bad line (with its line number) and the final count. */
  warn?: (message: string) => void;
  /** Release period, ms. Default 50. */
  tickMs?: number;
  /** Read ahead at most this many events; reading pauses until playback catches up. Default 20,000. */
  maxBuffered?: number;
  /** Most bad lines reported one by one; the rest are only counted. Default 100. */
  maxReported?: number;
}

export interface ReplayStats {
  /** JSONL lines, or HAR entries. */
  lines: number;
  emitted: number;
  /** Lines that are not LiveEvents, or HAR entries of known endpoints that gave no data. */
  bad: number;
  /** Most events held in the read-ahead buffer at once. */
  peakBuffered: number;
  done: boolean;
}

export interface ReplaySource extends EventSource {
  readonly stats: ReplayStats;
  /** Resolves when the whole file has been played (or the source stopped). */
  readonly done: Promise<ReplayStats>;
}

const MAX_BATCH = 5000;

/** Whether the file opens like a HAR (`{"log":`). */
async function startsAsHar(file: string): Promise<boolean> {
  return isHarStart(await readRecordingHead(file, 512));
}

/** Why a line is not a LiveEvent, in a few words. */
export function badLineReason(line: string): string | null {
  const r = checkEventLine(line);
  return r.ok ? null : r.error;
}

/**
 * Plays a recorded stream as a live room: reads the file line by line (bounded read-ahead),
 * validates every line (bad lines are counted and reported, never fatal), and releases events
 * re-timed to the wall clock — the first event now, the rest at their original spacing ÷ speed.
 */
export function createReplaySource(opts: ReplaySourceOptions): ReplaySource {
  const speed = opts.speed ?? 1;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError('replay speed must be a positive number');
  const now = opts.now ?? Date.now;
  const tickMs = opts.tickMs ?? 50;
  const maxBuffered = opts.maxBuffered ?? 20_000;
  const maxReported = opts.maxReported ?? 100;
  const warn = opts.warn ?? (() => undefined);
  const stats: ReplayStats = { lines: 0, emitted: 0, bad: 0, peakBuffered: 0, done: false };

  let queue: LiveEvent[] = [];
  let head = 0;
  let fileT0: number | null = null;
  let wallT0 = 0;
  let lastTs = 0;
  let reading = true;
  let isHar = false;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let rl: Interface | null = null;
  let wake: (() => void) | null = null;
  let resolveDone!: (s: ReplayStats) => void;
  const done = new Promise<ReplayStats>((r) => { resolveDone = r; });

  const buffered = () => queue.length - head;
  const finish = () => {
    if (stats.done) return;
    stats.done = true;
    if (timer) clearInterval(timer);
    timer = null;
    const unit = isHar ? 'HAR entr' : 'bad line';
    if (stats.bad > 0) warn(`${stats.bad} ${unit}${stats.bad === 1 ? (isHar ? 'y' : '') : (isHar ? 'ies' : 's')} ${isHar ? 'gave no data' : 'skipped'} of ${stats.lines}`);
    resolveDone(stats);
  };

  const release = (emit: (events: LiveEvent[]) => void) => {
    const t = now();
    let batch: LiveEvent[] = [];
    while (head < queue.length) {
      const e = queue[head]!;
      const target = wallT0 + (e.ts - fileT0!) / speed;
      if (target > t) break;
      head++;
      lastTs = Math.max(lastTs, Math.round(target));
      batch.push({ ...e, ts: lastTs, ...(opts.roomId ? { roomId: opts.roomId } : {}) });
      if (batch.length >= MAX_BATCH) {
        stats.emitted += batch.length;
        emit(batch);
        batch = [];
      }
    }
    if (batch.length) {
      stats.emitted += batch.length;
      emit(batch);
    }
    if (head > 10_000 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    if (wake && buffered() < maxBuffered / 2) {
      const w = wake;
      wake = null;
      w();
    }
    if (!reading && buffered() === 0) finish();
  };

  const enqueue = (e: LiveEvent) => {
    if (fileT0 === null) {
      fileT0 = e.ts;
      wallT0 = now();
      lastTs = wallT0;
    }
    queue.push(e);
    stats.peakBuffered = Math.max(stats.peakBuffered, buffered());
  };

  /** A HAR is one JSON document: read whole (entry by entry), mapped, then played like a recording. */
  const pumpHar = async () => {
    const read = await readHarEvents(
      textPieces(openRecording(opts.file, { highWaterMark: 1 << 20 })),
      { roomId: opts.roomId ?? 'replay', productIdFor: productIdResolver(opts.show ?? { products: [] }) },
      (events) => { if (!stopped) for (const e of events) enqueue(e); },
    );
    if (!read.ok) {
      warn(`${opts.file} is not a readable HAR (${read.code})`);
      return;
    }
    const c = read.counts;
    stats.lines = c.entries;
    stats.bad = c.unparsed;
    warn(`HAR: ${c.entries} entries, ${c.events} events (${c.duplicates} duplicates), ${c.unparsed} unparsed, ${c.ignored} ignored`);
  };

  const pump = async () => {
    let har = false;
    try {
      har = isHar = await startsAsHar(opts.file);
      if (har) await pumpHar();
    } catch (err) {
      warn(`cannot read ${opts.file}: ${(err as Error).message}`);
      har = true;
    }
    if (har) reading = false;
    else await pumpLines();
  };

  const pumpLines = async () => {
    const input = openRecording(opts.file, { encoding: 'utf8' });
    rl = createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of rl) {
        if (stopped) break;
        stats.lines++;
        if (!line.trim()) continue;
        const checked = checkEventLine(line);
        if (!checked.ok) {
          stats.bad++;
          if (stats.bad <= maxReported) warn(`line ${stats.lines}: ${checked.error}`);
          continue;
        }
        enqueue(checked.event);
        if (buffered() >= maxBuffered) await new Promise<void>((r) => { wake = r; });
      }
    } catch (err) {
      warn(`cannot read ${opts.file}: ${(err as Error).message}`);
    } finally {
      reading = false;
      rl?.close();
    }
  };

  return {
    kind: 'replay',
    stats,
    done,
    start(emit, _view, signals) {
      if (timer || stats.done) return;
      void done.then(() => { if (!stopped) signals?.ended(); });
      timer = setInterval(() => release(emit), tickMs);
      timer.unref?.();
      void pump().then(() => release(emit));
    },
    stop() {
      stopped = true;
      reading = false;
      rl?.close();
      if (wake) {
        const w = wake;
        wake = null;
        w();
      }
      finish();
    },
  };
}
