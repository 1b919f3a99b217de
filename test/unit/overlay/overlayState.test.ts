import { describe, expect, it } from 'vitest';
import { OVERLAY_QUESTIONS, overlayState, type OverlaySource } from '../../../shared/domain/overlay/overlayState';
import { OverlayState } from '../../../shared/protocol/overlay';
import type { PushedQuestion } from '../../../shared/protocol/room';
import { firedCue, liveOnAir, show, slot, T0 } from '../renderer/support/fixtures';

/** What the overlay pages are made from (shared/domain/overlay/overlayState.ts). */
const SEC = 1000;
const pushed = (id: string, answeredAt: number | null = null, pushedAt = T0): PushedQuestion => ({
  commentId: id, text: `问题${id}`, nickname: `观众${id}`, topic: 'size', pushedAt, pushedBy: '助播', answeredAt,
});
const room = (over: Partial<OverlaySource> = {}): OverlaySource => ({
  show: show(), live: liveOnAir('s1', 'p1'), cues: [], qa: { pushed: [], answered: [] }, ...over,
});

describe('overlay state', () => {
  it('shows the on-air product with the slot live price, list price and sold-out state', () => {
    const s = show({ slots: [slot('s1', 'p1', { livePrice: 39900 })] });
    s.products[0]!.listPrice = 89900;
    const st = overlayState(room({ show: s, live: liveOnAir('s1', 'p1', T0, { products: { p1: { stock: 0, soldOut: true } } }) }), T0);
    expect(st.onAir).toEqual({ productId: 'p1', name: '羊毛大衣', price: 39900, listPrice: 89900, soldOut: true });
    expect(OverlayState.safeParse(st).success).toBe(true);
  });

  it('falls back to the product price, and shows no product when nothing is on air', () => {
    expect(overlayState(room({ live: liveOnAir('s2', 'p2') }), T0).onAir).toEqual({ productId: 'p2', name: '保温杯', price: 4990, soldOut: false });
    expect(overlayState(room({ live: { ...liveOnAir(), onAirSlotId: null } }), T0).onAir).toBeNull();
  });

  it('runs 福袋 / 秒杀 of the on-air slot until the countdown ends, acknowledged or not; never coupons, withdrawn or other slots', () => {
    const cues = [
      firedCue('bag', { kind: 'lucky_bag', slotId: 's1', countdownSec: 60, code: '关注主播', ackedAt: T0 + SEC, ackedBy: '主播' }),
      firedCue('flash', { kind: 'flash_sale', slotId: 's1', expiresAt: T0 + 5 * 60 * SEC }),
      firedCue('coupon', { kind: 'coupon', slotId: 's1', countdownSec: 60 }),
      firedCue('gone', { kind: 'lucky_bag', slotId: 's1', countdownSec: 60, withdrawnAt: T0 + SEC }),
      firedCue('other', { kind: 'flash_sale', slotId: 's2', countdownSec: 60 }),
    ];
    const st = overlayState(room({ cues }), T0 + 10 * SEC);
    expect(st.activities).toEqual([
      { id: 'flash', kind: 'flash_sale', firedAt: T0, countdownEndsAt: null, until: T0 + 5 * 60 * SEC },
      { id: 'bag', kind: 'lucky_bag', code: '关注主播', firedAt: T0, countdownEndsAt: T0 + 60 * SEC, until: T0 + 60 * SEC },
    ]);
    expect(overlayState(room({ cues }), T0 + 60 * SEC).activities.map((a) => a.id)).toEqual(['flash']);
    expect(overlayState(room({ cues }), T0 + 5 * 60 * SEC).activities).toEqual([]);
  });

  it('gives the open pushed questions, newest push first, capped, without who pushed them', () => {
    const qa = { pushed: [pushed('a'), pushed('b', T0 + SEC), pushed('c'), pushed('d'), pushed('e')], answered: ['b'] };
    const st = overlayState(room({ qa }), T0);
    expect(st.questions.map((q) => q.commentId)).toEqual(['e', 'd', 'c'].slice(0, OVERLAY_QUESTIONS));
    expect(st.questions[0]).toEqual({ commentId: 'e', text: '问题e', nickname: '观众e', topic: 'size', pushedAt: T0 });
  });

  it('shows nothing once the show has ended', () => {
    const st = overlayState(room({
      live: liveOnAir('s1', 'p1', T0, { ended: true }),
      cues: [firedCue('bag', { kind: 'lucky_bag', slotId: 's1', countdownSec: 60 })],
      qa: { pushed: [pushed('a')], answered: [] },
    }), T0);
    expect(st).toEqual({ serverTime: T0, ended: true, onAir: null, activities: [], questions: [] });
  });
});
