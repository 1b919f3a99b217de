import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReviewReport, ReviewSession } from '../../../shared/protocol/review';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { RECORDING_NAME_RE } from '../recordings/recordingFile';
import { reviewJournal, reviewRecordingFile } from './offlineReview';
import { readCachedReport, writeCachedReport } from './reportCache';
import { journalMeta, recordingMeta, type SessionMeta } from './sessionMeta';

/** Journals and recordings more than this far apart are different sessions. */
const SAME_SESSION_SLACK_MS = 60_000;
/** Full reports kept in memory (each a few hundred KB for a long show); their summaries stay. */
const MAX_CACHED = 8;

export interface PastSessionsOptions {
  dataDir: string;
  /** Files of the session the hub is running now (its journal, its recording): listed as 'current'. */
  currentFiles: () => readonly string[];
  /** The show a recording (which carries no run-of-show) is replayed with. */
  recordingShow: () => RunOfShow;
}

interface FileEntry {
  id: string;
  kind: 'journal' | 'recording';
  path: string;
  /** size:mtime — a report or metadata built from other bytes is stale. */
  stamp: string;
}

/** What is known of one file: its cheap metadata at once, its report once built. */
interface Entry {
  stamp: string;
  meta: SessionMeta | null;
  summary: { gmv: number; endedAt: number | null; startedAt: number; durationMs: number; title: string } | null;
  report: ReviewReport | null;
  error?: string;
  building: Promise<void> | null;
  /** Metadata (and a disk-cached report) read. */
  loaded: Promise<void>;
}

/** A report being built, or why it cannot be. */
export type PastReport = { state: 'ready'; report: ReviewReport } | { state: 'building' } | { state: 'missing' } | { state: 'error'; error: string };

/** Journals, plain or gzipped once closed (journal/closedSegments.ts). */
const JOURNAL_RE = /\.journal\.jsonl(\.gz)?$/;

function listDir(dir: string, re: RegExp): string[] {
  try {
    return readdirSync(dir).filter((f) => re.test(f)).sort();
  } catch {
    return [];
  }
}

/**
 * The sessions a producer can review: the hub's current one, earlier runs journaled under
 * `<dataDir>/sessions/` and recordings under `<dataDir>/recordings/` (a recording of a journaled
 * session is listed once, as the journal, which also knows the run-of-show).
 *
 * The list never waits for a report: it answers from each file's stat and first/last lines
 * (sessionMeta.ts), and builds the reports in the background, one file at a time, streamed and
 * sliced so the hub's loop keeps running (offlineReview.ts). A built report is kept next to its
 * file (`<file>.review.json`, keyed by size + mtime) so a restart does not build it again.
 */
export class PastSessions {
  private readonly entries = new Map<string, Entry>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly opts: PastSessionsOptions) {}

  private files(): FileEntry[] {
    const current = new Set(this.opts.currentFiles().map((f) => basename(f)));
    const out: FileEntry[] = [];
    const add = (kind: FileEntry['kind'], dir: string, name: string) => {
      if (current.has(name)) return;
      const path = join(dir, name);
      try {
        const st = statSync(path);
        if (!st.isFile() || st.size === 0) return;
        out.push({ id: `${kind === 'journal' ? 'j' : 'r'}-${name}`, kind, path, stamp: `${st.size}:${st.mtimeMs}` });
      } catch { /* vanished */ }
    };
    const sessions = join(this.opts.dataDir, 'sessions');
    for (const f of listDir(sessions, JOURNAL_RE)) {
      // Being gzipped right now: the plain file is the one to read until it is gone.
      if (f.endsWith('.gz') && existsSync(join(sessions, f.slice(0, -3)))) continue;
      add('journal', sessions, f);
    }
    const recordings = join(this.opts.dataDir, 'recordings');
    for (const f of listDir(recordings, RECORDING_NAME_RE)) add('recording', recordings, f);
    return out;
  }

  /** The file's entry, its metadata read (cheap), its report loaded from disk or queued for building. */
  private async entry(f: FileEntry): Promise<Entry> {
    const known = this.entries.get(f.path);
    if (known && known.stamp === f.stamp) {
      await known.loaded;
      return known;
    }
    const e: Entry = { stamp: f.stamp, meta: null, summary: null, report: null, building: null, loaded: Promise.resolve() };
    this.entries.set(f.path, e);
    e.loaded = this.load(f, e);
    await e.loaded;
    return e;
  }

  private async load(f: FileEntry, e: Entry): Promise<void> {
    try {
      e.meta = await (f.kind === 'journal' ? journalMeta(f.path) : recordingMeta(f.path));
    } catch { /* unreadable: the build says why */ }
    const cached = await readCachedReport(f.path, f.stamp);
    if (cached) this.keep(e, cached);
    else if (!e.meta) e.error = f.kind === 'journal' ? 'not a readable session journal' : 'not a recording';
    else this.build(f, e);
  }

  /** Queue the build of one file's report (one at a time: a second core is not ours to take). */
  private build(f: FileEntry, e: Entry): void {
    if (e.building || e.report || e.error) return;
    const run = async () => {
      try {
        const report = f.kind === 'journal' ? await reviewJournal(f.path) : await reviewRecordingFile(f.path, this.opts.recordingShow());
        if (this.entries.get(f.path) !== e) return; // the file changed meanwhile
        this.keep(e, report);
        await writeCachedReport(f.path, f.stamp, report);
      } catch (err) {
        e.error = err instanceof Error ? err.message : String(err);
      } finally {
        e.building = null;
      }
    };
    e.building = this.queue.then(run);
    this.queue = e.building;
  }

  private keep(e: Entry, report: ReviewReport): void {
    const end = report.endedAt ?? report.generatedAt;
    e.summary = { gmv: report.totals.gmv, endedAt: report.endedAt, startedAt: report.startedAt, durationMs: Math.max(0, end - report.startedAt), title: report.title };
    e.report = report;
    const full = [...this.entries.values()].filter((x) => x.report);
    if (full.length > MAX_CACHED) full[0]!.report = null;
  }

  /** Every reviewable past session, newest first, with the current one (given) on top. Never waits for a report. */
  async list(current: ReviewReport | null): Promise<ReviewSession[]> {
    const journals: ReviewSession[] = [];
    const out: ReviewSession[] = [];
    const cur = current ? summaryOf('current', 'current', '', current) : null;
    for (const f of this.files()) {
      const e = await this.entry(f);
      if (f.kind === 'recording' && e.meta) {
        // A recording of a session a journal already covers is the same session.
        const first = e.meta.startedAt;
        const covered = [...journals, ...(cur ? [cur] : [])]
          .some((j) => first >= j.startedAt - SAME_SESSION_SLACK_MS && first <= (j.endedAt ?? j.startedAt + j.durationMs) + SAME_SESSION_SLACK_MS);
        if (covered) continue;
      }
      (f.kind === 'journal' ? journals : out).push(listed(f, e));
    }
    const all = [...journals, ...out].sort((a, b) => b.startedAt - a.startedAt);
    return cur ? [cur, ...all] : all;
  }

  /** The report of one listed session: ready, still being built (asked again later), or missing. */
  async report(id: string): Promise<PastReport> {
    const f = this.files().find((x) => x.id === id);
    if (!f) return { state: 'missing' };
    const e = await this.entry(f);
    if (e.report) return { state: 'ready', report: e.report };
    if (e.error) return { state: 'error', error: e.error };
    if (e.summary && !e.report) {
      // Built before but dropped from memory: the disk copy, else build again.
      const cached = await readCachedReport(f.path, f.stamp);
      if (cached) { this.keep(e, cached); return { state: 'ready', report: cached }; }
      e.summary = null;
    }
    this.build(f, e);
    return { state: 'building' };
  }
}

function summaryOf(id: string, kind: ReviewSession['kind'], file: string, r: ReviewReport): ReviewSession {
  const end = r.endedAt ?? r.generatedAt;
  return { id, kind, name: r.title || file, startedAt: r.startedAt, endedAt: r.endedAt, durationMs: Math.max(0, end - r.startedAt), gmv: r.totals.gmv, status: 'ready' };
}

function listed(f: FileEntry, e: Entry): ReviewSession {
  const name = basename(f.path);
  if (e.summary) {
    const s = e.summary;
    return { id: f.id, kind: f.kind, name: s.title || name, startedAt: s.startedAt, endedAt: s.endedAt, durationMs: s.durationMs, gmv: s.gmv, status: 'ready' };
  }
  if (e.error) {
    let at = e.meta?.startedAt ?? 0;
    if (!at) try { at = statSync(f.path).mtimeMs; } catch { /* gone */ }
    return { id: f.id, kind: f.kind, name, startedAt: at, endedAt: null, durationMs: 0, gmv: 0, error: e.error };
  }
  const m = e.meta!;
  return { id: f.id, kind: f.kind, name: m.title || name, startedAt: m.startedAt, endedAt: null, durationMs: Math.max(0, m.lastAt - m.startedAt), gmv: 0, status: 'building' };
}
