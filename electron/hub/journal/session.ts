import { existsSync, fdatasyncSync, mkdirSync, openSync, renameSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from '../../../shared/protocol/commands';
import { Role } from '../../../shared/protocol/common';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { Caller, RoomInput } from '../room/input';
import { encodeHeader, encodeRecord, type SessionHeader } from './format';
import { readJournal, type JournalScan } from './reader';
import type { SessionStart } from './format';
import { JournalWriter, type WriterOptions } from './writer';

export interface SessionJournalOptions {
  dataDir: string;
  roomId: string;
  /** Continue the journal on disk (default true). false: move it aside and start a new session. */
  resume: boolean;
  now: () => number;
  writer?: Omit<WriterOptions, 'now' | 'progress' | 'startBytes' | 'reservedSeq'>;
}

export interface RestoreReport {
  /** Events and commands re-applied. */
  events: number;
  commands: number;
  /** Journaled commands the reducer refused on replay (should stay 0; counted, not fatal). */
  refused: number;
  /** Lines skipped as unreadable, and bytes of a torn last write cut off. */
  badLines: number;
  tornBytes: number;
  /** Seq the room continues after. */
  seq: number;
  ms: number;
}

export interface JournalStatus {
  run: number;
  resumed: boolean;
  bytes: number;
  errors: number;
  capped: number;
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

/** What the journal reads of the room it records. */
export interface JournaledRoom {
  readonly roomId: string;
  readonly startedAt: number;
  readonly followExplain: boolean;
  readonly currentSeq: number;
  readonly stats: { readonly events: number };
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
  /** 1 for a new session; n for the n-th start on the same journal. */
  run = 1;
  /** What a restore rebuilt (null: nothing was resumed). */
  report: RestoreReport | null = null;
  private writer: JournalWriter | null = null;
  private reservedSeq = 0;
  private startBytes = 0;
  /** A journal on disk to resume (restore() reads it). */
  private pending: boolean;

  constructor(private readonly opts: SessionJournalOptions) {
    this.path = journalPath(opts.dataDir, opts.roomId);
    // Journals hold viewer nicknames and comments: readable by this user only.
    mkdirSync(join(opts.dataDir, 'sessions'), { recursive: true, mode: 0o700 });
    this.pending = existsSync(this.path) && statSync(this.path).size > 0;
    if (this.pending && !opts.resume) {
      this.rotatedTo = rotateJournal(this.path);
      this.pending = false;
    }
  }

  /**
   * Read the journal on disk back, once, before start(): `open` makes the target from the
   * session header, every input is replayed into it. Null when there was nothing to resume,
   * or the file was unreadable (then it is moved aside, never overwritten).
   */
  restore(open: (session: SessionStart) => ReplayTarget): RestoreReport | null {
    if (!this.pending) return null;
    this.pending = false;
    const restored = this.replay(open);
    if (!restored) {
      this.rotatedTo = rotateJournal(this.path, 'unreadable');
      return null;
    }
    ({ report: this.report, run: this.run, reservedSeq: this.reservedSeq, startBytes: this.startBytes } = restored);
    return this.report;
  }

  private replay(open: (session: SessionStart) => ReplayTarget): { report: RestoreReport; run: number; reservedSeq: number; startBytes: number } | null {
    const t0 = performance.now();
    let room: ReplayTarget | null = null;
    let unusable = false;
    let run = 1;
    let reserved = 0;
    const report: RestoreReport = { events: 0, commands: 0, refused: 0, badLines: 0, tornBytes: 0, seq: 0, ms: 0 };
    let scan: JournalScan;
    try {
      scan = readJournal(this.path, (rec) => {
        if (unusable) return;
        switch (rec.k) {
          case 'session': {
            const show = RunOfShow.safeParse(rec.show);
            if (rec.roomId !== this.opts.roomId || !show.success) { unusable = true; return; }
            room = open({ roomId: rec.roomId, show: show.data, startedAt: rec.startedAt, startOnAir: rec.startOnAir, followExplain: rec.followExplain === true });
            return;
          }
          case 'e':
            room!.replay({ kind: 'events', at: rec.at, events: rec.ev });
            report.events += rec.ev.length;
            return;
          case 'c': {
            const cmd = Command.safeParse(rec.cmd);
            if (!cmd.success || !isCaller(rec.by)) { report.badLines++; return; }
            report.commands++;
            if (!room!.replay({ kind: 'command', at: rec.at, caller: rec.by, command: cmd.data })) report.refused++;
            return;
          }
          case 'seq': reserved = Math.max(reserved, rec.upTo); return;
          case 'mark': reserved = Math.max(reserved, rec.seq); return;
          case 'run': run = Math.max(run, rec.n); return;
        }
      });
    } catch {
      return null;
    }
    if (unusable || !room) return null;
    const restored: ReplayTarget = room;
    report.badLines += scan.badLines;
    report.tornBytes = scan.totalBytes - scan.goodBytes;
    if (report.tornBytes > 0) truncateSync(this.path, scan.goodBytes);
    // Continue strictly after every seq any client can have seen (all were reserved on disk).
    report.seq = reserved + 1;
    restored.restoreSeq(report.seq);
    report.ms = Math.round(performance.now() - t0);
    return { report, run: run + 1, reservedSeq: report.seq, startBytes: scan.goodBytes };
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
    if (this.report) {
      this.writeNow(encodeRecord({ k: 'run', n: this.run, at: this.opts.now() }));
    } else {
      this.writeNow(encodeHeader({ roomId: room.roomId, startedAt: room.startedAt, startOnAir: init.startOnAir, platform: header.platform, show: init.show, followExplain: room.followExplain }));
      fdatasyncSync(fd);
    }
  }

  /** Record one room input (buffered; a command goes to disk before this returns). */
  append(input: RoomInput): void {
    this.writer?.append(input);
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
    return { run: this.run, resumed: this.report !== null, bytes: s?.bytes ?? 0, errors: s?.errors ?? 0, capped: s?.capped ?? 0 };
  }

  /** Write and fsync what is buffered and close the file (status() stays readable). */
  close(): void {
    this.writer?.close();
  }
}
