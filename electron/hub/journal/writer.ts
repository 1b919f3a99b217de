import { closeSync, fdatasync, fdatasyncSync, writeSync } from 'node:fs';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RoomInput } from '../room/input';
import { encodeInput, encodeRecord, type SessionHeader } from './format';

export interface WriterOptions {
  /** Buffered event lines are written at least this often, ms. Default 100. */
  flushMs?: number;
  /** Written data is fsync'd this often (when there is any), ms. Default 1000. */
  fsyncMs?: number;
  /** A progress marker line this often, ms. Default 5000. */
  markMs?: number;
  /**
   * Past this size the journal keeps only what money, stock and the run-of-show depend on
   * (orders, refunds, product state, comments, commands, viewer stats…) and stops recording the
   * high-volume likes, enters/leaves and clicks. Default 4 GiB.
   */
  maxBytes?: number;
  /**
   * Bytes kept in memory while the disk refuses writes (disk full): past it, buffered event
   * lines are dropped (counted in `dropped`). Default 8 MiB.
   */
  maxPendingBytes?: number;
  /** While the disk refuses writes, retry this often, ms (not on every flush). Default 1000. */
  retryMs?: number;
  /** The write function (tests inject a failing one). Default fs.writeSync. */
  write?: (fd: number, buf: Buffer, off: number, len: number) => number;
  /** Seqs reserved per `seq` line. Default 1000. */
  seqBlock?: number;
  now: () => number;
  /** Room progress for markers. */
  progress: () => { seq: number; events: number };
  /** Bytes already in the file (resume). */
  startBytes?: number;
  /** Highest seq reserved by the file (resume). */
  reservedSeq?: number;
}

/** 'ok'; 'disk-full': writes fail with ENOSPC/EDQUOT; 'failing': writes fail otherwise. */
export type WriterState = 'ok' | 'disk-full' | 'failing';

export interface WriterStats {
  state: WriterState;
  /** Event records written (after the size cap). */
  events: number;
  /** Event records dropped because the disk refused them longer than the buffer could hold. */
  dropped: number;
  bytes: number;
  lines: number;
  fsyncs: number;
  /** Event records dropped by the size cap (likes, enters/leaves, clicks). */
  capped: number;
  /** Write errors so far; the last one in `lastError`. */
  errors: number;
  lastError: string | null;
  /** Bytes accepted but not yet written (a failing disk grows this, up to a cap). */
  pendingBytes: number;
}

/** High-volume event types the size cap drops first; nothing money or stock depends on. */
const BULK = new Set<LiveEvent['type']>(['like', 'viewer.enter', 'viewer.leave', 'product.click']);
const FULL_CODES: ReadonlySet<unknown> = new Set(['ENOSPC', 'EDQUOT']);

/**
 * Appends room inputs to an open journal file. Events are buffered and written at least every
 * `flushMs` and before every delta the hub sends; commands are written synchronously (so the ack
 * that follows means "on disk in the OS page cache": it survives the hub being killed); fsync on
 * `fsyncMs` extends that to an OS crash or power cut, minus at most that interval.
 */
export class JournalWriter {
  private pending: Array<{ line: string; events: number }> = [];
  private pendingBytes = 0;
  private dirtySinceSync = false;
  private syncing = false;
  private reservedSeq: number;
  private lastMarkSeq = -1;
  private capNoted = false;
  private closed = false;
  private finished = false;
  /** While failing: no write is tried before this time (performance.now()). */
  private retryAt = 0;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  readonly stats: WriterStats = { state: 'ok', events: 0, dropped: 0, bytes: 0, lines: 0, fsyncs: 0, capped: 0, errors: 0, lastError: null, pendingBytes: 0 };

  constructor(private readonly fd: number, private readonly header: Pick<SessionHeader, 'roomId' | 'platform'>, private readonly opts: WriterOptions) {
    this.stats.bytes = opts.startBytes ?? 0;
    this.reservedSeq = opts.reservedSeq ?? 0;
    const every = (ms: number, fn: () => void) => {
      const t = setInterval(fn, ms);
      t.unref?.();
      this.timers.push(t);
    };
    every(opts.flushMs ?? 100, () => this.tryFlush());
    every(opts.fsyncMs ?? 1000, () => this.syncSoon());
    every(opts.markMs ?? 5000, () => this.mark());
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Highest seq covered by a reservation line. */
  get reservedUpTo(): number {
    return this.reservedSeq;
  }

  private get maxBytes(): number {
    return this.opts.maxBytes ?? 4 * 1024 ** 3;
  }

  /** Record one room input. Commands are on disk when this returns; it throws if they cannot be. */
  append(input: RoomInput): void {
    if (this.closed) {
      // Only during shutdown: a command must not be acknowledged, events are simply not kept.
      if (input.kind === 'command') throw new Error('journal is closed');
      return;
    }
    if (input.kind === 'events' && this.stats.bytes + this.pendingBytes > this.maxBytes) {
      const kept = input.events.filter((e) => !BULK.has(e.type));
      this.stats.capped += input.events.length - kept.length;
      if (!this.capNoted) {
        this.capNoted = true;
        this.push(encodeRecord({ k: 'mark', at: this.opts.now(), ...this.opts.progress(), cap: true }));
      }
      if (!kept.length) return;
      input = { ...input, events: kept };
    }
    this.push(encodeInput(input, this.header), input.kind === 'events' ? input.events.length : 0);
    if (input.kind === 'command') this.flush(true);
    else if (this.pendingBytes > 1024 * 1024) this.tryFlush();
  }

  /** Append a raw record line (header, run marker) and write it now. */
  writeLine(line: string): void {
    this.push(line);
    this.flush();
  }

  private push(line: string, events = 0): void {
    this.pending.push({ line, events });
    this.pendingBytes += Buffer.byteLength(line);
    this.stats.lines++;
    if (this.stats.state !== 'ok') this.bound();
    this.stats.pendingBytes = this.pendingBytes;
  }

  /** While the disk refuses writes: drop the newest buffered event lines past the bound (counted). */
  private bound(): void {
    const max = this.opts.maxPendingBytes ?? 8 * 1024 * 1024;
    for (let i = this.pending.length - 1; i >= 0 && this.pendingBytes > max; i--) {
      const p = this.pending[i]!;
      if (p.events === 0) continue; // headers, commands, seq lines: small, and kept
      this.pendingBytes -= Buffer.byteLength(p.line);
      this.stats.dropped += p.events;
      this.pending.splice(i, 1);
    }
  }

  /**
   * Write everything buffered now; throws on a write error (the data stays buffered, bounded).
   * While the disk is failing, writes are only retried every `retryMs` unless `force` (a command).
   */
  flush(force = false): void {
    if (!this.pending.length) return;
    if (this.stats.state !== 'ok' && !force && performance.now() < this.retryAt) {
      throw new Error(this.stats.lastError ?? 'journal write failing');
    }
    const lines = this.pending;
    const data = lines.length === 1 ? lines[0]!.line : lines.map((p) => p.line).join('');
    const buf = Buffer.from(data);
    const write = this.opts.write ?? writeSync;
    let off = 0;
    try {
      while (off < buf.length) off += write(this.fd, buf, off, buf.length - off);
    } catch (e) {
      this.stats.errors++;
      this.stats.lastError = e instanceof Error ? e.message : String(e);
      this.stats.state = FULL_CODES.has((e as NodeJS.ErrnoException).code) ? 'disk-full' : 'failing';
      this.retryAt = performance.now() + (this.opts.retryMs ?? 1000);
      // Keep what was not written (from the first line not wholly written), within the bound.
      if (off > 0) this.keepFrom(lines, off);
      this.stats.bytes += off;
      this.bound();
      this.stats.pendingBytes = this.pendingBytes;
      throw e;
    }
    for (const p of lines) this.stats.events += p.events;
    this.stats.bytes += buf.length;
    this.stats.state = 'ok';
    this.pending = [];
    this.pendingBytes = 0;
    this.stats.pendingBytes = 0;
    this.dirtySinceSync = true;
  }

  /** After a partial write of `written` bytes: the rest of the line it stopped in, and the lines after. */
  private keepFrom(lines: Array<{ line: string; events: number }>, written: number): void {
    let at = 0;
    for (let i = 0; i < lines.length; i++) {
      const len = Buffer.byteLength(lines[i]!.line);
      if (at + len > written) {
        const rest = Buffer.from(lines[i]!.line).subarray(written - at).toString();
        // The line's head is on disk: its events count as written once its rest is.
        this.pending = [{ line: rest, events: lines[i]!.events }, ...lines.slice(i + 1)];
        this.pendingBytes = this.pending.reduce((n, p) => n + Buffer.byteLength(p.line), 0);
        for (let j = 0; j < i; j++) this.stats.events += lines[j]!.events;
        return;
      }
      at += len;
    }
  }

  /** Flush, swallowing (but counting) a write error: for timers and event paths. */
  tryFlush(): boolean {
    try {
      this.flush();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Called before the hub sends a delta numbered `nextSeq`: everything a client may see is
   * written first, and the seq is covered by a reservation that is on disk (fsync'd), so a
   * restarted hub always numbers after anything a client ever saw.
   */
  beforeDelta(nextSeq: number): void {
    if (this.closed) return;
    this.tryFlush();
    if (nextSeq <= this.reservedSeq) return;
    const upTo = nextSeq + (this.opts.seqBlock ?? 1000) - 1;
    this.push(encodeRecord({ k: 'seq', upTo }));
    if (this.stats.state === 'ok' && this.tryFlush()) {
      try {
        fdatasyncSync(this.fd);
        this.stats.fsyncs++;
        this.dirtySinceSync = false;
      } catch (e) {
        this.stats.errors++;
        this.stats.lastError = e instanceof Error ? e.message : String(e);
      }
    }
    // Advance even on failure: the hub keeps serving; the failure is counted and reported.
    this.reservedSeq = upTo;
  }

  private mark(): void {
    const p = this.opts.progress();
    if (p.seq === this.lastMarkSeq) return;
    this.lastMarkSeq = p.seq;
    this.push(encodeRecord({ k: 'mark', at: this.opts.now(), seq: p.seq, events: p.events }));
  }

  private syncSoon(): void {
    if (this.closed || !this.tryFlush() || !this.dirtySinceSync || this.syncing) return;
    this.syncing = true;
    this.dirtySinceSync = false;
    fdatasync(this.fd, (err) => {
      this.syncing = false;
      if (err) {
        this.dirtySinceSync = true;
        this.stats.errors++;
        this.stats.lastError = err.message;
      } else this.stats.fsyncs++;
    });
  }

  /** Stop the timers and write what is buffered (with a last marker); the file stays open. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const t of this.timers) clearInterval(t);
    this.mark();
    this.tryFlush();
  }

  /** Write and fsync what is buffered, stop the timers and close the file. */
  close(): void {
    if (this.closed) return;
    this.finish();
    this.closed = true;
    try {
      fdatasyncSync(this.fd);
    } catch { /* reported by stats already when writes failed */ }
    closeSync(this.fd);
  }
}
