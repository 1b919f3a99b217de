import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertText } from '../../../renderer/src/i18n/domain';
import type { LiveEvent } from '../../../shared/protocol/events';
import { testHub, type TestHub } from '../../support/testHub';

/**
 * A stalled or failed source raises an alert in the alerts list (issue 12 item 1), worded in the
 * renderer's domain namespace, and the alert clears when the source is live again.
 */
const T0 = 1_764_870_000_000;
let clock = T0;
let t: TestHub;
beforeEach(async () => { clock = T0; t = await testHub({ stallMs: 5000, now: () => clock }); });
afterEach(async () => { await t.dispose(); });

let n = 0;
const like = (): LiveEvent => ({ id: `l${++n}`, platform: 'tiktok', roomId: 'main', ts: clock, type: 'like', userId: 'u', count: 1 });
const at = (dt: number) => { clock += dt; t.hub.sources.tick(clock); t.hub.room.flush(clock); };
const sourceAlerts = () => t.hub.room.currentAlerts.filter((a) => a.kind === 'source');

describe('source alerts', () => {
  it('a source with no event for its stall time while on air raises source_stalled; it clears when events flow again', () => {
    t.source.push([like()]);
    at(1000);
    expect(sourceAlerts()).toEqual([]);
    at(5000);
    expect(t.hub.sources.list()[0]!.state).toBe('stalled');
    const [alert] = sourceAlerts();
    expect(alert).toMatchObject({ id: 'source:connector', code: 'source_stalled', severity: 'warning', params: { source: 'connector', sec: 5 } });
    expect(alertText('zh-CN', alert!)).toBe('数据源「连接器」直播中 5 秒没有收到事件');
    expect(alertText('en', alert!)).toBe('Source “Connector” sent no event for 5 s while on air');
    t.source.push([like()]);
    at(1500);
    expect(t.hub.sources.list()[0]!.state).toBe('live');
    expect(sourceAlerts()).toEqual([]);
  });

  it('a failed source raises a critical source_failed with its reason, gone once the source is stopped or live', () => {
    t.hub.sources.add('tt', { kind: 'tiktok', start: (_e, _v, s) => s?.failed('not_installed'), stop: () => undefined }, true, { label: '@the.shop' });
    at(1500);
    const alert = sourceAlerts().find((a) => a.id === 'source:tt')!;
    expect(alert).toMatchObject({ code: 'source_failed', severity: 'critical', params: { source: 'tiktok', label: '@the.shop', reason: 'not_installed' } });
    expect(alertText('zh-CN', alert)).toBe('数据源「TikTok LIVE @the.shop」失败：连接器组件未安装');
    expect(alertText('en', alert)).toBe('Source “TikTok LIVE @the.shop” failed: The connector package is not installed');
    t.hub.sources.remove('tt');
    at(1500);
    expect(sourceAlerts().some((a) => a.id === 'source:tt')).toBe(false);
  });
});
