import { describe, expect, it } from 'vitest';
import type { SourceHealth } from '../../../shared/protocol/source';
import { sourceLines } from '../../../renderer/src/i18n/domain';
import { sourceLevel } from '../../../renderer/src/views/sources/sourceLevel';

const T = 1_750_000_000_000;
const h = (over: Partial<SourceHealth>): SourceHealth => ({
  id: 'x', kind: 'ingest', state: 'live', since: T, lastEventAt: T, eventsPerSec: 2.5, accepted: 10, duplicates: 1, rejected: 2, error: null, attempts: 0, ...over,
});

describe('source status', () => {
  it('is red when any source failed, amber when a running one is not live, green when all are, none when none run', () => {
    expect(sourceLevel([])).toBe('none');
    expect(sourceLevel([h({ state: 'stopped' })])).toBe('none');
    expect(sourceLevel([h({}), h({ state: 'stopped' })])).toBe('green');
    expect(sourceLevel([h({}), h({ state: 'stalled' })])).toBe('amber');
    expect(sourceLevel([h({ state: 'reconnecting' })])).toBe('amber');
    expect(sourceLevel([h({ state: 'stalled' }), h({ state: 'failed' })])).toBe('red');
  });

  it('words the state, the reason code and the figures in both languages', () => {
    const stalled = h({ state: 'stalled', error: 'stalled', lastEventAt: T - 20_000 });
    expect(sourceLines('zh-CN', stalled, T)).toEqual(['接入 URL: 无数据 — 直播中 20 秒没有收到事件', '20 秒前收到事件 · 接收 10 · 重复 1 · 拒绝 2 · 2.5/秒']);
    expect(sourceLines('en', h({ kind: 'tiktok', state: 'reconnecting', error: 'connection_lost', attempts: 2, lastEventAt: null }), T)[0])
      .toBe('TikTok LIVE: reconnecting — Connection lost, reconnecting (attempt 2)');
    expect(sourceLines('en', h({ error: 'stalled' }), T)[0]).toBe('Ingest URL: live');
  });
});
