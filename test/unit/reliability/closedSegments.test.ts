import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compressClosedJournals, isClosedJournalName } from '../../../electron/hub/journal/closedSegments';
import { journalPath, SessionJournal } from '../../../electron/hub/journal/session';
import { reviewJournal } from '../../../electron/hub/review/offlineReview';
import { journalMeta } from '../../../electron/hub/review/sessionMeta';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { runRoom } from '../../../shared/sim/runRoom';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'ld-closed-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });
const show = loadSampleShow();

/** A journal of a short simulated top-room session, closed cleanly. */
function journaled(dataDir: string, minutes = 0.2): string {
  const startAt = 1_760_000_000_000;
  let clock = startAt;
  const j = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => clock, checkpointMs: 0 });
  const room = new Room({ roomId: 'main', show, now: clock, startOnAir: true });
  j.start(room, { show, startOnAir: true });
  room.onInput = (input) => j.append(input);
  for (const batch of runRoom({ show, preset: 'top', seed: 3, roomId: 'main', startAt, minutes })) {
    clock = batch[batch.length - 1]!.ts;
    room.ingest(batch, clock);
  }
  j.close();
  return journalPath(dataDir, 'main');
}

describe('closed journal segments (gzipped once a session is moved aside)', () => {
  it('knows a closed journal by its name: rotated after a session, not the live one, not one moved aside as unreadable', () => {
    expect(isClosedJournalName('main.20261205-004401.journal.jsonl')).toBe(true);
    expect(isClosedJournalName('main.20261205-004401.2.journal.jsonl')).toBe(true);
    expect(isClosedJournalName('main.journal.jsonl')).toBe(false);
    expect(isClosedJournalName('main.20261205-004401.unreadable.journal.jsonl')).toBe(false);
    expect(isClosedJournalName('main.20261205-004401.journal.jsonl.gz')).toBe(false);
  });

  it('a new session gzips the previous one: same bytes inside, plain file gone, and the 复盘 reads the .gz to the same report', async () => {
    const dataDir = tmp();
    const live = journaled(dataDir);
    const plain = readFileSync(live);
    // The report of the plain file, before it is closed.
    const before = await reviewJournal(live);
    const next = new SessionJournal({ dataDir, roomId: 'main', resume: false, now: () => 1_760_001_000_000, checkpointMs: 0 });
    const gz = await next.closedSegments;
    expect(gz).toEqual([`${next.rotatedTo!}.gz`]);
    expect(existsSync(next.rotatedTo!)).toBe(false);
    expect(gunzipSync(readFileSync(gz[0]!)).equals(plain)).toBe(true);
    expect(readFileSync(gz[0]!).length).toBeLessThan(plain.length);
    expect(readdirSync(join(dataDir, 'sessions')).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(await reviewJournal(gz[0]!)).toEqual(before);
    expect(before.totals.totalViewers).toBeGreaterThan(1000);
    const meta = await journalMeta(gz[0]!);
    expect(meta).toMatchObject({ title: show.title, startedAt: 1_760_000_000_000 });
  });

  it('a sweep finishes what a crash interrupted and leaves everything else alone', async () => {
    const dataDir = tmp();
    const live = journaled(dataDir, 0.05);
    const dir = join(dataDir, 'sessions');
    const bytes = readFileSync(live);
    // Interrupted mid-write (a stale .part), interrupted between rename and unlink (both files), unreadable, live.
    copyFileSync(live, join(dir, 'main.20261201-100000.journal.jsonl'));
    writeFileSync(join(dir, 'main.20261201-100000.journal.jsonl.gz.part'), 'half');
    copyFileSync(live, join(dir, 'main.20261202-100000.journal.jsonl'));
    writeFileSync(join(dir, 'main.20261202-100000.journal.jsonl.gz'), 'stale');
    writeFileSync(join(dir, 'main.20261203-100000.unreadable.journal.jsonl'), 'not a journal\n');
    mkdirSync(join(dir, 'nested'));
    const done = await compressClosedJournals(dir);
    expect(done.map((p) => p.slice(dir.length + 1))).toEqual(['main.20261201-100000.journal.jsonl.gz', 'main.20261202-100000.journal.jsonl.gz']);
    for (const p of done) expect(gunzipSync(readFileSync(p)).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([
      'main.20261201-100000.journal.jsonl.gz', 'main.20261202-100000.journal.jsonl.gz', 'main.20261203-100000.unreadable.journal.jsonl',
      'main.checkpoint-a.json', 'main.checkpoint-b.json', 'main.journal.jsonl', 'nested',
    ].filter((n) => existsSync(join(dir, n))).sort());
    expect(readFileSync(live).equals(bytes)).toBe(true);
    expect(readFileSync(join(dir, 'main.20261203-100000.unreadable.journal.jsonl'), 'utf8')).toBe('not a journal\n');
    expect(await compressClosedJournals(join(dataDir, 'missing'))).toEqual([]);
  });
});
