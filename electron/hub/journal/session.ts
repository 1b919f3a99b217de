import { accessSync, closeSync, constants, existsSync, fdatasyncSync, mkdirSync, openSync, readSync, renameSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from '../../../shared/protocol/commands';
import { Role } from '../../../shared/protocol/common';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { Caller, RoomInput } from '../room/input';
import type { ActionRecord } from '../../../shared/protocol/platformActions';
import { checkpointPaths, checkpointsOf, encodeCheckpoint, removeCheckpoints, writeCheckpoint, writeCheckpointSync, type Checkpoint, type CheckpointMeta } from './checkpointFile';
import { checksum } from './checksum';
import { compressClosedJournals } from './closedSegments';
import { decodeLine, encodeHeader, encodeRecord, type SessionHeader } from './format';
import { readJournal, type JournalScan, type ReadFrom } from './reader';
import type { SessionStart } from './format';
import { JournalWriter, type WriterOptions } from './writer';

export interface SessionJournalOptions {
  dataDir: string;
  roomId: string;
  /** Continue the journal on disk (default true). false: move it aside and start a new session. */
  resume: boolean;
  now: () => number;
  writer?: Omit<WriterOptions, 'now' | 'progress' | 'startBytes' | 'reservedSeq'>;
  /** A checkpoint of the room this often, ms (0: only on close). Default 3 minutes. */
  checkpointMs?: number;
}

export interface RestoreReport {
  /** Events and commands re-applied. */
  events: number;
  commands: number;
  /** Journaled commands the reducer refused on replay (should stay 0; counted, not fatal). */
  refused: number;
  /** Lines skipped as unreadable (damaged: bad checksum, bad shape), and bytes of a torn last write cut off. */
  badLines: number;
  tornBytes: number;
  /** The journal's header was damaged; the body was recovered under a stand-in header. */
  headerDamaged: boolean;
  /** The checkpoint the room was loaded from (null: full replay); `events`/`commands` include it. */
  checkpoint: { offset: number; at: number } | null;
  /** Records replayed after the checkpoint (all of them without one). */
  tailRecords: number;
  /** Seq the room continues after. */
  seq: number;
  ms: number;
}

export interface JournalStatus {
  /** 'disk-full': writes refused for lack of space (serving from memory, a bounded tail buffered). */
  state: 'ok' | 'disk-full' | 'failing';
  run: number;
  resumed: boolean;
  bytes: number;
  errors: number;
  capped: number;
  /** Damaged records skipped so far (on restore): never applied, never counted into money. */
  damaged: number;
  /** Events the disk refused for longer than the bounded buffer held (lost to the journal, not to the room). */
  dropped: number;
  /** Bytes waiting in memory for the disk. */
  pendingBytes: number;
  /** The newest checkpoint written: journal offset and time (null: none yet). */
  checkpoint: { offset: number; at: number; ms: number } | null;
}

/** The journal's folder cannot be created or written (read-only disk, no permission…). */
export class JournalFolderError extends Error {
  readonly code: string;
  constructor(readonly folder: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | null)?.code ?? 'EIO';
    const why = code === 'EROFS' ? 'is on a read-only disk' : code === 'EACCES' || code === 'EPERM' ? 'is not writable by this user'
      : code === 'ENOTDIR' || code === 'EEXIST' ? 'is not a folder' : `cannot be used (${code})`;
    super(`journal folder ${folder} ${why}: choose another data folder (--data-dir), or run with --no-journal (the session will then not survive a crash)`);
    this.name = 'JournalFolderError';
    this.code = code;
  }
}

/** Where a room's journal lives: `<dataDir>/sessions/<roomId>.journal.jsonl`. */
export function journalPath(dataDir: string, roomId: string): string {
  return join(dataDir, 'sessions', `${roomId.replace(/[^A-Za-z0-9_-]/g, '_')}.journal.jsonl`);
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Move a journal aside (never deleted): `<roomId>.<yyyymmdd-hhmmss>[.tag][.n].journal.jsonl`. */
export function rotateJournal(path: string, tag = ''): string {
  const base = path.replace(/\.journal\.jsonl$/, '');
  const when = stamp(statSync(path).mtimeMs);
  let target = `${base}.${when}${tag ? `.${tag}` : ''}.journal.jsonl`;
  for (let i = 2; existsSync(target); i++) target = `${base}.${when}${tag ? `.${tag}` : ''}.${i}.journal.jsonl`;
  renameSync(path, target);
  return target;
}

const isCaller = (x: unknown): x is Caller => {
  const c = x as Partial<Caller> | null;
  return !!c && typeof c.id === 'string' && typeof c.name === 'string' && Role.safeParse(c.role).success;
};

/** What a journal replays into (a room, opened from the session header): narrow on purpose. */
export interface ReplayTarget {
  /** Re-apply one input; false when it no longer applies. */
  replay(input: RoomInput): boolean;
  /** Continue numbering deltas after `seq`. */
  restoreSeq(seq: number): void;
}

/** How a restore makes its target: from the session header, or from a checkpoint's state. */
export interface RestoreHooks {
  open(session: SessionStart): ReplayTarget;
  /** A room continuing from a checkpoint's state; throws when the state is unusable (then: full replay). */
  resume?(state: unknown): ReplayTarget;
  /** The show to open a session with when the journal's header is damaged. */
  standInShow?: RunOfShow;
}

/** What the journal reads of the room it records. */
export interface JournaledRoom {
  readonly roomId: string;
  readonly startedAt: number;
  readonly followExplain: boolean;
  readonly currentSeq: number;
  readonly stats: { readonly events: number };
  /** The room's state for a checkpoint (plain JSON). */
  serialise?(): unknown;
}

/** The first line of a journal file (its header), or null. */
function firstLine(path: string): string | null {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    const buf = Buffer.allocUnsafe(64 * 1024);
    for (let pos = 0; ;) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n <= 0) return null;
      const nl = buf.subarray(0, n).indexOf(0x0a);
      if (nl >= 0) { chunks.push(Buffer.from(buf.subarray(0, nl + 1))); break; }
      chunks.push(Buffer.from(buf.subarray(0, n)));
      pos += n;
      if (pos > 64 * 1024 * 1024) return null;
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * One room's session journal: opened before the hub serves anyone; when one is on disk and
 * resumed, its inputs are read back (`restore`, fed to a room by room/restore.ts); then it
 * records every room input (`append`) and writes before every delta (`beforeDelta`).
 * It knows rooms only through ReplayTarget and JournaledRoom.
 */
export class SessionJournal {
  readonly path: string;
  /** Where a previous journal was moved (fresh start, or an unreadable file). */
  rotatedTo: string | null = null;
  /**
   * The background gzip of closed journals (closedSegments.ts), started when this journal opens —
   * the one just moved aside (gzipped to `rotatedTo + '.gz'`) and any left plain before: the
   * `.gz` paths written.
   */
  readonly closedSegments: Promise<string[]>;
  /** 1 for a new session; n for the n-th start on the same journal. */
  run = 1;
  /** Platform action entries read back by `restore` (after the checkpoint it started from, if any). */
  readonly restoredActions: ActionRecord[] = [];
  /** What a restore rebuilt (null: nothing was resumed). */
  report: RestoreReport | null = null;
  private writer: JournalWriter | null = null;
  private reservedSeq = 0;
  private startBytes = 0;
  /** Checksum of the header line this journal continues (checkpoints name it). */
  private headerSum = '';
  /** Journal records behind the room so far (what a checkpoint says it covers). */
  private counts = { events: 0, commands: 0, damaged: 0 };
  private room: JournaledRoom | null = null;
  private checkpointTimer: ReturnType<typeof setInterval> | null = null;
  private checkpointing = false;
  private nextSlot = 0;
  private lastCheckpoint: JournalStatus['checkpoint'] = null;
  /** A journal on disk to resume (restore() reads it). */
  private pending: boolean;

  constructor(private readonly opts: SessionJournalOptions) {
    this.path = journalPath(opts.dataDir, opts.roomId);
    // Journals hold viewer nicknames and comments: readable by this user only.
    const dir = join(opts.dataDir, 'sessions');
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      accessSync(dir, constants.W_OK);
    } catch (e) {
      throw new JournalFolderError(dir, e);
    }
    this.pending = existsSync(this.path) && statSync(this.path).size > 0;
    if (this.pending && !opts.resume) {
      this.rotatedTo = rotateJournal(this.path);
      this.pending = false;
    }
    this.closedSegments = compressClosedJournals(dir);
  }

  /**
   * Read the journal on disk back, once, before start(): `open` makes the target from the
   * session header, every input is replayed into it. Null when there was nothing to resume,
   * or the file was unreadable (then it is moved aside, never overwritten).
   */
  restore(hooks: RestoreHooks | ((session: SessionStart) => ReplayTarget)): RestoreReport | null {
    if (!this.pending) return null;
    this.pending = false;
    const h: RestoreHooks = typeof hooks === 'function' ? { open: hooks } : hooks;
    const t0 = performance.now();
    // The newest checkpoint that belongs to this journal, then the next; else a full replay.
    let restored: ReturnType<SessionJournal['replay']> = null;
    for (const cp of this.usableCheckpoints(h)) {
      restored = this.replay(h, cp);
      if (restored) break;
    }
    restored ??= this.replay(h, null);
    if (!restored) {
      this.rotatedTo = rotateJournal(this.path, 'unreadable');
      removeCheckpoints(this.path);
      return null;
    }
    restored.report.ms = Math.round(performance.now() - t0);
    ({ report: this.report, run: this.run, reservedSeq: this.reservedSeq, startBytes: this.startBytes, headerSum: this.headerSum } = restored);
    this.counts = { events: this.report.events, commands: this.report.commands, damaged: this.report.badLines };
    // Write the other slot next: the checkpoint restored from stays until a newer one is whole.
    this.nextSlot = restored.slot === 0 ? 1 : 0;
    return this.report;
  }

  /** Checkpoints whose header matches the journal's and whose offset is inside the file, newest first, read as needed. */
  private *usableCheckpoints(h: RestoreHooks): Generator<{ cp: Checkpoint; header: SessionHeader }> {
    if (!h.resume) return;
    const line = firstLine(this.path);
    if (line === null) return;
    const size = statSync(this.path).size;
    const header = decodeLine(line.replace(/\n$/, ''), null);
    if (header?.k !== 'session') return;
    const sum = checksum(line);
    const accept = (m: CheckpointMeta) => m.roomId === this.opts.roomId && m.offset <= size && m.header === sum;
    for (const cp of checkpointsOf(this.path, accept)) yield { cp, header };
  }

  private replay(h: RestoreHooks, from: { cp: Checkpoint; header: SessionHeader } | null):
    { report: RestoreReport; run: number; reservedSeq: number; startBytes: number; headerSum: string; slot: number } | null {
    let room: ReplayTarget | null = null;
    let unusable = false;
    let run = 1;
    let reserved = 0;
    let headerSum = '';
    const report: RestoreReport = {
      events: 0, commands: 0, refused: 0, badLines: 0, tornBytes: 0, seq: 0, ms: 0, headerDamaged: false, checkpoint: null, tailRecords: 0,
    };
    let readFrom: ReadFrom | undefined;
    if (from) {
      try {
        room = h.resume!(from.cp.state);
      } catch {
        return null;
      }
      const m = from.cp.meta;
      readFrom = { offset: m.offset, header: from.header };
      ({ run, reservedSeq: reserved } = m);
      report.events = m.events;
      report.commands = m.commands;
      report.badLines = m.damaged;
      report.checkpoint = { offset: m.offset, at: m.at };
      headerSum = m.header;
    }
    const standIn = (): SessionHeader => ({
      k: 'session', v: 0, roomId: this.opts.roomId, startedAt: statSync(this.path).mtimeMs, startOnAir: false, platform: 'sim',
      show: h.standInShow!,
    });
    let scan: JournalScan;
    try {
      scan = readJournal(this.path, (rec) => {
        if (unusable) return;
        switch (rec.k) {
          case 'session': {
            const show = RunOfShow.safeParse(rec.show);
            if (rec.roomId !== this.opts.roomId || !show.success) { unusable = true; return; }
            room = h.open({ roomId: rec.roomId, show: show.data, startedAt: rec.startedAt, startOnAir: rec.startOnAir, followExplain: rec.followExplain === true });
            return;
          }
          case 'e':
            report.tailRecords++;
            room!.replay({ kind: 'events', at: rec.at, events: rec.ev });
            report.events += rec.ev.length;
            return;
          case 'c': {
            report.tailRecords++;
            const cmd = Command.safeParse(rec.cmd);
            if (!cmd.success || !isCaller(rec.by)) { report.badLines++; return; }
            report.commands++;
            if (!room!.replay({ kind: 'command', at: rec.at, caller: rec.by, command: cmd.data })) report.refused++;
            return;
          }
          case 'seq': reserved = Math.max(reserved, rec.upTo); return;
          case 'mark': reserved = Math.max(reserved, rec.seq); return;
          case 'run': run = Math.max(run, rec.n); return;
          case 'a': this.restoredActions.push(rec.rec); return;
        }
      }, { from: readFrom, standIn: !from && h.standInShow ? standIn : undefined });
    } catch {
      return null;
    }
    if (unusable || !room) return null;
    // A damaged header with nothing readable after it is not a session worth continuing.
    if (scan.headerDamaged && report.tailRecords === 0) return null;
    const restored: ReplayTarget = room;
    report.badLines += scan.badLines;
    report.headerDamaged = scan.headerDamaged;
    report.tornBytes = scan.totalBytes - scan.goodBytes;
    if (report.tornBytes > 0) truncateSync(this.path, scan.goodBytes);
    if (!from) {
      const line = firstLine(this.path);
      headerSum = line === null ? '' : checksum(line);
    }
    // Continue strictly after every seq any client can have seen (all were reserved on disk).
    report.seq = reserved + 1;
    restored.restoreSeq(report.seq);
    const slot = from ? checkpointPaths(this.path).indexOf(from.cp.path) : -1;
    return { report, run: run + 1, reservedSeq: report.seq, startBytes: scan.goodBytes, headerSum, slot };
  }

  /**
   * Start journaling `room` (the restored one, or a new room for a new session): writes the
   * session header or a run marker; then `append` records every input the room reports.
   */
  start(room: JournaledRoom, init: { show: RunOfShow; startOnAir: boolean; platform?: string }): void {
    const fd = openSync(this.path, 'a', 0o600);
    const header: Pick<SessionHeader, 'roomId' | 'platform'> = { roomId: room.roomId, platform: init.platform ?? 'sim' };
    this.writer = new JournalWriter(fd, header, {
      ...this.opts.writer,
      now: this.opts.now,
      progress: () => ({ seq: room.currentSeq, events: room.stats.events }),
      startBytes: this.startBytes,
      reservedSeq: this.reservedSeq,
    });
    this.room = room;
    if (this.report) {
      this.writeNow(encodeRecord({ k: 'run', n: this.run, at: this.opts.now() }));
    } else {
      // A new session: checkpoints of an earlier one (the journal was moved aside) do not apply.
      removeCheckpoints(this.path);
      const line = encodeHeader({ roomId: room.roomId, startedAt: room.startedAt, startOnAir: init.startOnAir, platform: header.platform, show: init.show, followExplain: room.followExplain });
      this.headerSum = checksum(line);
      this.writeNow(line);
      fdatasyncSync(fd);
    }
    const every = this.opts.checkpointMs ?? 3 * 60_000;
    if (every > 0 && room.serialise) {
      this.checkpointTimer = setInterval(() => { void this.checkpoint(); }, every);
      this.checkpointTimer.unref?.();
    }
  }

  /** Record one platform action entry (request or result; written before this returns). */
  noteAction(rec: ActionRecord): void {
    if (!this.writer) return;
    this.writeNow(encodeRecord({ k: 'a', at: this.opts.now(), rec }));
  }

  /** Record one room input (buffered; a command goes to disk before this returns). */
  append(input: RoomInput): void {
    if (!this.writer) return;
    this.writer.append(input);
    if (input.kind === 'command') this.counts.commands++;
  }

  /**
   * Capture the room's state and the journal offset it covers (synchronously, everything
   * buffered written first), then write the checkpoint atomically. Skipped when the journal
   * cannot write (its offset would not be the room's), or one is still being written.
   * `sync`: write before returning (on close).
   */
  checkpoint(sync = false): Promise<boolean> | boolean {
    const w = this.writer;
    const room = this.room;
    if (!w || !room?.serialise || this.checkpointing || !w.tryFlush()) return false;
    if (this.lastCheckpoint?.offset === w.stats.bytes) return true; // nothing new
    const t0 = performance.now();
    const at = this.opts.now();
    const offset = w.stats.bytes;
    const data = encodeCheckpoint({
      roomId: room.roomId, header: this.headerSum, offset, reservedSeq: w.reservedUpTo, run: this.run,
      events: this.counts.events + w.stats.events, commands: this.counts.commands, damaged: this.counts.damaged, at,
    }, room.serialise());
    const path = checkpointPaths(this.path)[this.nextSlot]!;
    this.nextSlot = 1 - this.nextSlot;
    const done = () => { this.lastCheckpoint = { offset, at, ms: Math.round(performance.now() - t0) }; return true; };
    if (sync) {
      try {
        writeCheckpointSync(path, data);
        return done();
      } catch {
        return false;
      }
    }
    this.checkpointing = true;
    return writeCheckpoint(path, data).then(done, () => false).finally(() => { this.checkpointing = false; });
  }

  private writeNow(line: string): void {
    this.writer!.writeLine(line);
  }

  /** See JournalWriter.beforeDelta. */
  beforeDelta(nextSeq: number): void {
    this.writer?.beforeDelta(nextSeq);
  }

  status(): JournalStatus {
    const s = this.writer?.stats;
    return {
      state: s?.state ?? 'ok', run: this.run, resumed: this.report !== null, bytes: s?.bytes ?? 0, errors: s?.errors ?? 0, capped: s?.capped ?? 0,
      damaged: this.counts.damaged, dropped: s?.dropped ?? 0, pendingBytes: s?.pendingBytes ?? 0, checkpoint: this.lastCheckpoint,
    };
  }

  /** Write and fsync what is buffered, write a checkpoint (a clean stop), close the file (status() stays readable). */
  close(): void {
    if (this.checkpointTimer) clearInterval(this.checkpointTimer);
    this.checkpointTimer = null;
    if (this.writer && !this.writer.isClosed) {
      this.writer.finish();
      this.checkpointing = false;
      this.checkpoint(true);
    }
    this.writer?.close();
  }
}
