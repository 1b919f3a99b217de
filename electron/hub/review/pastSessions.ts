import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReviewReport, ReviewSession } from '../../../shared/protocol/review';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { recordingSpan, reviewJournal, reviewRecording } from './offlineReview';

/** Journals and recordings more than this far apart are different sessions. */
const SAME_SESSION_SLACK_MS = 60_000;
/** Reports kept in memory (each a few hundred KB for a long show). */
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
  stamp: string;
}

const JOURNAL_RE = /\.journal\.jsonl$/;
const RECORDING_RE = /\.jsonl$/;

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
 * session is listed once, as the journal, which also knows the run-of-show). Reports are built
 * offline through the hub's room code and cached per file (size + mtime).
 */
export class PastSessions {
  private readonly cache = new Map<string, { stamp: string; report: ReviewReport | null; error?: string }>();

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
    for (const f of listDir(sessions, JOURNAL_RE)) add('journal', sessions, f);
    const recordings = join(this.opts.dataDir, 'recordings');
    for (const f of listDir(recordings, RECORDING_RE)) add('recording', recordings, f);
    return out;
  }

  private build(f: FileEntry): { report: ReviewReport | null; error?: string } {
    const hit = this.cache.get(f.path);
    if (hit && hit.stamp === f.stamp) return hit;
    let entry: { stamp: string; report: ReviewReport | null; error?: string };
    try {
      const report = f.kind === 'journal' ? reviewJournal(f.path) : reviewRecording(f.path, this.opts.recordingShow());
      entry = { stamp: f.stamp, report };
    } catch (e) {
      entry = { stamp: f.stamp, report: null, error: e instanceof Error ? e.message : String(e) };
    }
    this.cache.delete(f.path);
    this.cache.set(f.path, entry);
    // Keep summaries of every file, but drop the oldest full reports beyond MAX_CACHED.
    const full = [...this.cache.values()].filter((c) => c.report);
    if (full.length > MAX_CACHED) {
      const oldest = [...this.cache.entries()].find(([, c]) => c.report);
      if (oldest) this.cache.delete(oldest[0]);
    }
    return entry;
  }

  /** Every reviewable past session, newest first, with the current one (given) on top. */
  list(current: ReviewReport | null): ReviewSession[] {
    const out: ReviewSession[] = [];
    const journals: ReviewSession[] = [];
    for (const f of this.files()) {
      if (f.kind === 'recording') {
        // A recording of a session a journal already covers is the same session.
        const span = recordingSpan(f.path);
        const covered = span && [...journals, ...(current ? [summary('current', 'current', '', current)] : [])]
          .some((j) => span.first >= j.startedAt - SAME_SESSION_SLACK_MS && span.first <= (j.endedAt ?? j.startedAt + j.durationMs) + SAME_SESSION_SLACK_MS);
        if (covered) continue;
      }
      const { report, error } = this.build(f);
      const s = report ? summary(f.id, f.kind, basename(f.path), report) : broken(f, error ?? 'unreadable');
      (f.kind === 'journal' ? journals : out).push(s);
    }
    const all = [...journals, ...out].sort((a, b) => b.startedAt - a.startedAt);
    return current ? [summary('current', 'current', '', current), ...all] : all;
  }

  /** The report of one listed session (null: no such id). */
  report(id: string): ReviewReport | null {
    const f = this.files().find((x) => x.id === id);
    if (!f) return null;
    const { report, error } = this.build(f);
    if (!report) throw new Error(error ?? 'unreadable');
    return report;
  }
}

function summary(id: string, kind: ReviewSession['kind'], file: string, r: ReviewReport): ReviewSession {
  const end = r.endedAt ?? r.generatedAt;
  return { id, kind, name: r.title || file, startedAt: r.startedAt, endedAt: r.endedAt, durationMs: Math.max(0, end - r.startedAt), gmv: r.totals.gmv };
}

function broken(f: FileEntry, error: string): ReviewSession {
  let at = 0;
  try { at = statSync(f.path).mtimeMs; } catch { /* gone */ }
  return { id: f.id, kind: f.kind, name: basename(f.path), startedAt: at, endedAt: null, durationMs: 0, gmv: 0, error };
}
