import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalFolderError, SessionJournal } from '../../../electron/hub/journal/session';
import { Room } from '../../../electron/hub/room/room';
import { restoreRoom } from '../../../electron/hub/room/restore';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import type { LiveEvent } from '../../../shared/protocol/events';
import { run as serve } from '../../../electron/cli/commands/serve';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'ld-disk-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs.splice(0)) { chmodSync(d, 0o700); rmSync(d, { recursive: true, force: true }); } });

const show = loadSampleShow();
const caller = { id: 'c1', name: '小王', role: 'producer' as const };
const like = (i: number): LiveEvent => ({ id: `l${i}`, platform: 'sim', roomId: 'main', ts: 1_000 + i, type: 'like', userId: `u${i % 50}`, count: 1 });
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('disk full: serve from memory, bounded buffer, resume', () => {
  it('keeps the room going, reports disk-full, holds at most the bound, and journals again when space returns', () => {
    const dataDir = tmp();
    let full = false;
    const bound = 64 * 1024;
    const j = new SessionJournal({
      dataDir, roomId: 'main', resume: true, now: () => 5_000, checkpointMs: 0,
      writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000, maxPendingBytes: bound, retryMs: 0,
        write: (fd, buf, off, len) => { if (full) throw enospc(); return writeSync(fd, buf, off, len); } },
    });
    const room = new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
    j.start(room, { show, startOnAir: true });
    room.onInput = (input) => j.append(input);
    room.ingest([like(0)], 1_000);
    j.beforeDelta(room.currentSeq + 1);
    full = true;
    for (let i = 1; i <= 20_000; i++) {
      room.ingest([like(i)], 1_000 + i);
      if (i % 100 === 0) j.beforeDelta(room.currentSeq + 1);
      if (i % 100 === 0) room.flush(1_000 + i);
    }
    // The room kept every event (served from memory)…
    expect(room.stats.events).toBe(20_001);
    expect(room.snapshot(30_000).metrics.now.likes).toBe(20_001);
    // …the journal says so, and its memory stayed within the bound.
    const s = j.status();
    expect(s.state).toBe('disk-full');
    expect(s.pendingBytes).toBeLessThanOrEqual(bound);
    expect(s.dropped).toBeGreaterThan(0);
    // Commands are refused while nothing can be written (never acknowledged, then lost).
    expect(room.apply({ id: 'x', type: 'slot.takeNext' }, caller, 30_000).ok).toBe(false);
    // Space returns: the buffered tail is written, commands apply again.
    full = false;
    j.beforeDelta(room.currentSeq + 1);
    expect(j.status()).toMatchObject({ state: 'ok', pendingBytes: 0 });
    expect(room.apply({ id: 'x', type: 'slot.takeNext' }, caller, 31_000).ok).toBe(true);
    j.close();
    // What reached the disk reads back; the dropped events are missing, not doubled.
    const again = new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 6_000, checkpointMs: 0 });
    const back = restoreRoom(again)!;
    expect(back.live.runs).toHaveLength(2);
    expect(back.stats.events).toBeLessThanOrEqual(20_001);
  });
});

describe('unusable data folder', () => {
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('a read-only folder is a clear error naming the folder', () => {
    const dataDir = tmp();
    mkdirSync(join(dataDir, 'sessions'));
    chmodSync(join(dataDir, 'sessions'), 0o500);
    expect(() => new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 1 })).toThrow(JournalFolderError);
    expect(() => new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 1 })).toThrow(join(dataDir, 'sessions'));
    chmodSync(join(dataDir, 'sessions'), 0o700);
  });

  it('a data folder that is a file is a clear error naming the folder, and serve says what to do', async () => {
    const dataDir = join(tmp(), 'data');
    writeFileSync(dataDir, 'not a folder');
    expect(() => new SessionJournal({ dataDir, roomId: 'main', resume: true, now: () => 1 })).toThrow(/journal folder .*data\/sessions.*--no-journal/);
    let err = '';
    const code = await serve(['--data-dir', dataDir, '--port', '0'], {
      stdout: { write: () => true }, stderr: { write: (s: string) => { err += s; return true; } }, stopSignal: Promise.resolve(),
    } as never);
    expect(code).toBe(1);
    expect(err).toContain(join(dataDir, 'sessions'));
  });

  it('serve --no-journal runs without a journal and says it will not survive a crash', async () => {
    const dataDir = join(tmp(), 'data');
    writeFileSync(dataDir, 'not a folder');
    let out = '';
    let err = '';
    const code = await serve(['--data-dir', dataDir, '--port', '0', '--no-journal'], {
      stdout: { write: (s: string) => { out += s; return true; } }, stderr: { write: (s: string) => { err += s; return true; } }, stopSignal: Promise.resolve(),
    } as never);
    expect(code).toBe(0);
    expect(out).toContain('LiveDeck ready:');
    expect(err).toMatch(/will NOT survive a crash/);
  });
});
