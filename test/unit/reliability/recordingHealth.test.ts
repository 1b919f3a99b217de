import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { credentialKeeping, storageHealth, watchStorage } from '../../../electron/hub/journal/storageHealth';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { credentialLines, recordingWords, storageWords } from '../../../renderer/src/i18n/domain';
import { StorageHealth } from '../../../shared/protocol/room';
import type { LiveEvent } from '../../../shared/protocol/events';
import { manualSource } from '../../support/manualSource';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'ld-rechealth-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const OK = { journal: 'ok', damaged: 0, dropped: 0, pendingBytes: 0 } as const;
const JOURNAL_OK = { state: 'ok', damaged: 0, dropped: 0, pendingBytes: 0 } as never;
let seq = 0;
const like = (): LiveEvent => ({ id: `rh${++seq}`, platform: 'sim', roomId: 'main', ts: 1_000 + seq, type: 'like', userId: `u${seq % 50}`, count: 1 });

const healthz = async (hub: Hub) => {
  const res = await fetch(`${hub.url}/healthz`, { headers: { authorization: `Bearer ${hub.token}` } });
  return (await res.json()) as { storage: unknown };
};

describe('storage health: the recording\'s losses and where credentials are kept (hub side)', () => {
  it('maps the recorder\'s dropped count and the credential store\'s mode into the contract', () => {
    const recording = { dropped: 17 };
    const h = storageHealth(JOURNAL_OK, { recording, credentials: { kept: 'file', file: '/secret/path/credentials.json' } });
    expect(h).toEqual({ ...OK, recordingDropped: 17, credentials: { kept: 'file' } });
    expect(JSON.stringify(h)).not.toContain('/secret/path'); // clients learn the mode, never the path
    expect(StorageHealth.parse(h)).toEqual(h);
    expect(storageHealth(null, { recording: null, credentials: { kept: 'memory', why: 'no_journal' } }))
      .toEqual({ journal: 'off', damaged: 0, dropped: 0, pendingBytes: 0, credentials: { kept: 'memory', why: 'no_journal' } });
    // Without extras the shape is what it was (older callers, tests).
    expect(storageHealth(JOURNAL_OK)).toEqual(OK);
    expect(credentialKeeping({ kept: 'memory', why: 'not_writable' })).toEqual({ kept: 'memory', why: 'not_writable' });
  });

  it('asks for a delta when the recording drops more events, and only then', () => {
    const room = new Room({ roomId: 'main', show: loadSampleShow(), now: 1_000, startOnAir: true });
    const recording = { dropped: 0 };
    let asked = 0;
    const extras = { recording, credentials: { kept: 'file', file: 'x' } as const };
    const stop = watchStorage(room, () => JOURNAL_OK, () => { asked++; }, 60_000, extras);
    expect(room.snapshot(2_000).storage).toEqual({ ...OK, recordingDropped: 0, credentials: { kept: 'file' } });
    expect(asked).toBe(1); // the extras differ from the room's initial section
    stop();
    const again = watchStorage(room, () => JOURNAL_OK, () => { asked++; }, 60_000, extras);
    again();
    expect(asked).toBe(1); // nothing changed: no delta
    recording.dropped = 42;
    const third = watchStorage(room, () => JOURNAL_OK, () => { asked++; }, 60_000, extras);
    third();
    expect(asked).toBe(2);
    expect(room.flush(3_000)?.storage?.recordingDropped).toBe(42);
  });

  it('a hub without a journal says its credentials live in memory, in the snapshot and /healthz alike', async () => {
    const dataDir = tmp();
    const hub = await startHub({ source: manualSource(), dataDir, staticDir: join(dataDir, 'static'), journal: false });
    try {
      const storage = hub.room.snapshot(Date.now()).storage;
      expect(storage).toEqual({ journal: 'off', damaged: 0, dropped: 0, pendingBytes: 0, recordingDropped: 0, credentials: { kept: 'memory', why: 'no_journal' } });
      expect((await healthz(hub)).storage).toEqual(storage);
    } finally {
      await hub.close();
    }
  });

  it('a journaling hub keeps them in credentials.json', async () => {
    const dataDir = tmp();
    const hub = await startHub({ source: manualSource(), dataDir, staticDir: join(dataDir, 'static'), record: false });
    try {
      const storage = hub.room.snapshot(Date.now()).storage!;
      expect(storage.credentials).toEqual({ kept: 'file' });
      expect(storage.recordingDropped).toBeUndefined(); // no recording: nothing to say
      expect((await healthz(hub)).storage).toEqual(storage);
    } finally {
      await hub.close();
    }
  });

  it.skipIf(!existsSync('/dev/full'))('a recording whose disk fails counts what it leaves out, and every client and /healthz see the count', async () => {
    const dataDir = tmp();
    const source = manualSource();
    const hub = await startHub({ source, dataDir, staticDir: join(dataDir, 'static'), record: '/dev/full' });
    const err = console.error;
    console.error = () => undefined;
    try {
      const until = Date.now() + 10_000;
      while (hub.recording!.dropped === 0 && Date.now() < until) {
        source.push([like(), like()]);
        await new Promise((r) => setTimeout(r, 20));
      }
      const dropped = hub.recording!.dropped;
      expect(dropped).toBeGreaterThan(0);
      // The watcher looks every second.
      await expect.poll(() => hub.room.snapshot(Date.now()).storage?.recordingDropped, { timeout: 5_000 }).toBe(dropped);
      expect(((await healthz(hub)).storage as StorageHealth).recordingDropped).toBe(dropped);
    } finally {
      console.error = err;
      await hub.close();
    }
  });
});

describe('storage health in words (renderer)', () => {
  it('has no recording chip while nothing was dropped, and words it in zh-CN and English when something was', () => {
    expect(recordingWords('zh-CN', OK)).toBeNull();
    expect(recordingWords('zh-CN', { ...OK, recordingDropped: 0 })).toBeNull();
    const zh = recordingWords('zh-CN', { ...OK, recordingDropped: 1234 })!;
    expect(zh.short).toBe('录制丢弃 1234 条');
    expect(zh.lines[0]).toBe('本场录制文件（回放和复盘用）跟不上：磁盘太慢或写入失败，1234 条事件没有写进录制文件');
    expect(zh.lines[1]).toBe('直播间和日志照常计入，数据和崩溃恢复不受影响');
    const en = recordingWords('en', { ...OK, recordingDropped: 5 })!;
    expect(en.short).toBe('Recording dropped 5 events');
    expect(en.lines).toHaveLength(3);
    expect(en.lines[0]).toContain('5 events are not in the recording file');
  });

  it('does not call bytes waiting between two flushes "journal damage" while the journal is ok', () => {
    expect(storageWords('zh-CN', { ...OK, pendingBytes: 4096 }).short).toBeNull();
    expect(storageWords('en', { ...OK, pendingBytes: 4096, damaged: 2 }).lines).toEqual(['2 damaged journal records skipped (not counted into money)']);
    expect(storageWords('zh-CN', { ...OK, journal: 'failing', pendingBytes: 4096 }).lines).toContain('4 KiB 等待写入');
  });

  it('says where credentials are kept, with why when only in memory', () => {
    expect(credentialLines('zh-CN', { kept: 'file' })).toEqual(['覆盖层、控制和接入链接保存在数据文件夹的 credentials.json：中控重启后仍然有效']);
    expect(credentialLines('en', { kept: 'memory', why: 'no_journal' })).toEqual([
      'Overlay, control and ingest links are kept in memory only: they change when the hub restarts; copy them into OBS, the Stream Deck and capture tools again then',
      'Why: started with --no-journal',
    ]);
    expect(credentialLines('zh-CN', { kept: 'memory', why: 'not_writable' })[1]).toBe('原因：数据文件夹无法写入');
  });
});
