import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../../../electron/hub/hub';
import { SessionJournal } from '../../../electron/hub/journal/session';
import { storageHealth, watchStorage } from '../../../electron/hub/journal/storageHealth';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { storageLines, storageWords } from '../../../renderer/src/i18n/domain';
import type { LiveEvent } from '../../../shared/protocol/events';
import { manualSource } from '../../support/manualSource';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'ld-storage-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const show = loadSampleShow();
const like = (i: number): LiveEvent => ({ id: `l${i}`, platform: 'sim', roomId: 'main', ts: 1_000 + i, type: 'like', userId: `u${i % 50}`, count: 1 });
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

describe('the journal\'s health reaches every client (delta section `storage`)', () => {
  it('says disk-full loudly while the disk refuses writes, and ok again when space returns', () => {
    let full = false;
    const j = new SessionJournal({
      dataDir: tmp(), roomId: 'main', resume: true, now: () => 5_000, checkpointMs: 0,
      writer: { flushMs: 60_000, fsyncMs: 60_000, markMs: 60_000, maxPendingBytes: 16 * 1024, retryMs: 0,
        write: (fd, buf, off, len) => { if (full) throw enospc(); return writeSync(fd, buf, off, len); } },
    });
    const room = new Room({ roomId: 'main', show, now: 1_000, startOnAir: true });
    j.start(room, { show, startOnAir: true });
    room.onInput = (input) => j.append(input);
    let asked = 0;
    const stop = watchStorage(room, () => j.status(), () => { asked++; }, 60_000);
    expect(room.snapshot(2_000).storage).toEqual({ journal: 'ok', damaged: 0, dropped: 0, pendingBytes: 0 });
    expect(asked).toBe(0);

    full = true;
    for (let i = 0; i < 2_000; i++) {
      room.ingest([like(i)], 1_000 + i);
      if (i % 100 === 99) j.beforeDelta(room.currentSeq + 1);
    }
    // The watcher's next look (its timer, here called through a fresh watch).
    const stop2 = watchStorage(room, () => j.status(), () => { asked++; }, 60_000);
    const s = room.snapshot(4_000).storage!;
    expect(s.journal).toBe('disk-full');
    expect(s.dropped).toBeGreaterThan(0);
    expect(s.pendingBytes).toBeGreaterThan(0);
    expect(s.pendingBytes).toBeLessThanOrEqual(16 * 1024);
    expect(asked).toBe(1);
    // The section is in the next delta.
    const delta = room.flush(4_100);
    expect(delta?.storage?.journal).toBe('disk-full');

    full = false;
    j.beforeDelta(room.currentSeq + 1);
    stop2();
    const stop3 = watchStorage(room, () => j.status(), () => { asked++; }, 60_000);
    expect(room.snapshot(5_000).storage).toMatchObject({ journal: 'ok', pendingBytes: 0 });
    expect(asked).toBe(2);
    stop();
    stop3();
    j.close();
  });

  it('says "off" for a hub started without a journal', async () => {
    const dataDir = tmp();
    const hub = await startHub({ source: manualSource(), dataDir, staticDir: join(dataDir, 'static'), journal: false });
    try {
      expect(hub.room.snapshot(Date.now()).storage).toMatchObject({ journal: 'off', damaged: 0, dropped: 0, pendingBytes: 0 });
    } finally {
      await hub.close();
    }
  });

  it('maps the journal status, and is worded only when something is wrong (zh-CN and English)', () => {
    expect(storageHealth(null).journal).toBe('off');
    const ok = { journal: 'ok', damaged: 0, dropped: 0, pendingBytes: 0 } as const;
    expect(storageLines('zh-CN', ok)).toEqual([]);
    expect(storageLines('zh-CN', { ...ok, journal: 'disk-full', dropped: 12, pendingBytes: 2048 })).toEqual([
      '磁盘已满：未写入日志，崩溃将丢失本场数据',
      '直播间照常运行（数据在内存中），操作指令暂停到空间恢复；请清理磁盘',
      '12 条事件未能写入日志（直播间已计入）',
      '2 KiB 等待写入',
    ]);
    expect(storageLines('en', { ...ok, damaged: 3 })).toEqual(['3 damaged journal records skipped (not counted into money)']);
    expect(storageLines('en', { ...ok, journal: 'off' })[0]).toBe('No journal: this show will not survive a crash');
    expect(storageWords('zh-CN', ok).short).toBeNull();
    expect(storageWords('zh-CN', { ...ok, journal: 'disk-full' }).short).toBe('磁盘已满');
    expect(storageWords('en', { ...ok, damaged: 1 }).short).toBe('Journal damage');
  });
});
