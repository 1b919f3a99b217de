import { describe, expect, it } from 'vitest';
import { OutEvents } from '../../../electron/hub/events/outEvents';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { Room } from '../../../electron/hub/room/room';
import { ROOM_EVENT_TYPES, RoomEvent } from '../../../shared/protocol/roomEvents';
import { WEBHOOK_ERROR_CODES } from '../../../shared/protocol/webhooks';
import { eventLabel, translateIntegrations, webhookErrorText } from '../../../renderer/src/i18n/integrations';
import type { Vars } from '../../../renderer/src/i18n/engine';
import type { Delta, FiredCue } from '../../../shared/protocol/room';

const T = 1_700_000_000_000;
const room = () => new Room({ roomId: 'main', show: loadSampleShow(), now: T, startOnAir: true });
const delta = (d: Partial<Delta>): Delta => ({ seq: 1, serverTime: T + 1000, ...d });
const cue = (over: Partial<FiredCue> = {}): FiredCue => ({
  id: 'cue1', kind: 'lucky_bag', note: '福袋', slotId: 's01', plannedCueId: null, firedAt: T, firedBy: 'a', ackedAt: null, ackedBy: null, ...over,
});

describe('room events out (OutEvents)', () => {
  it('tells each change once: on-air change, cue fired then acked, new alerts only, a pushed question, paid orders', () => {
    const r = room();
    const out = new OutEvents('main', r.snapshot(T));
    const live = r.live;
    const moved = out.fromDelta(delta({ live: { ...live, onAirSlotId: 's02' } }));
    expect(moved).toEqual([expect.objectContaining({ type: 'on_air', data: { slotId: 's02', productId: 'p02-scarf', name: expect.any(String) as unknown, previousSlotId: 's01' } })]);
    expect(out.fromDelta(delta({ live: { ...live, onAirSlotId: 's02' } }))).toEqual([]);
    expect(out.fromDelta(delta({ cues: [cue()] })).map((e) => e.type === 'cue' && e.data.state)).toEqual(['fired']);
    expect(out.fromDelta(delta({ cues: [cue()] }))).toEqual([]);
    expect(out.fromDelta(delta({ cues: [cue({ ackedAt: T + 2000, ackedBy: 'host' })] })).map((e) => e.type === 'cue' && e.data.state)).toEqual(['acked']);
    const alert = { id: 'stock_low:p1', kind: 'stock_low' as const, code: 'stock_low' as const, params: { stock: 3 }, severity: 'warning' as const, productId: 'p1', at: T };
    expect(out.fromDelta(delta({ alerts: [alert] }))).toHaveLength(1);
    expect(out.fromDelta(delta({ alerts: [alert] }))).toHaveLength(0);
    const q = { commentId: 'c1', text: '有M码吗', nickname: 'n', topic: null, pushedAt: T + 5, pushedBy: 'a', answeredAt: null };
    expect(out.fromDelta(delta({ qa: { pushed: [q], answered: [] } })).map((e) => e.type)).toEqual(['question']);
    expect(out.fromDelta(delta({ qa: { pushed: [q], answered: ['c1'] } }))).toEqual([]);
    const orders = out.fromInput({ kind: 'events', at: T, events: [
      { id: 'e1', platform: 'douyin', roomId: 'main', ts: T, type: 'order.paid', userId: 'u', orderId: 'o1', productId: 'p1', quantity: 1, amount: 100 },
      { id: 'e2', platform: 'douyin', roomId: 'main', ts: T, type: 'order.created', userId: 'u', orderId: 'o2', productId: 'p1', quantity: 1, amount: 100 },
    ] });
    expect(orders.map((e) => e.type)).toEqual(['order']);
    const all = [...moved, ...orders];
    for (const e of all) expect(RoomEvent.safeParse(e).success).toBe(true);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });
});

describe('the integrations page words every code', () => {
  it('every webhook error and event type, in English without Chinese and in Chinese', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const it = (k: string, v?: Vars) => translateIntegrations(lang, k, v);
      for (const code of WEBHOOK_ERROR_CODES) {
        const text = webhookErrorText(it, { code, status: 502, at: T });
        expect(text, code).not.toMatch(/\{\w+/);
        expect(text, code).not.toMatch(/^err\./);
        if (lang === 'en') expect(text, code).not.toMatch(/[\u4e00-\u9fff]/u);
      }
      for (const type of ROOM_EVENT_TYPES) expect(eventLabel(it, type)).not.toMatch(/^event\./);
    }
    expect(webhookErrorText((k, v) => translateIntegrations('zh-CN', k, v), { code: 'http_status', status: 500, at: T })).toBe('接收方返回 HTTP 500');
  });
});
