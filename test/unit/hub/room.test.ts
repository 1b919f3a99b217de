import { describe, expect, it } from 'vitest';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { phraseFromNote } from '../../../shared/sim/catalog';
import { EVERY_SIGNAL_WEIGHTS } from '../refundRisk/judgementWeights';

const T0 = 1_750_000_000_000;
const show = loadSampleShow();
const caller = { id: 'a', name: '场控', role: 'assistant' as const };

describe('room', () => {
  it('follows the platform explaining another product when asked to (replays)', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    room.followExplain = true;
    const third = show.slots[2]!;
    room.ingest([{ id: 'x1', platform: 'replay', roomId: 'main', ts: T0 + 5000, type: 'explain', productId: third.productId, state: 'start' }], T0 + 5000);
    expect(room.live.onAirSlotId).toBe(third.id);
    expect(room.live.onAirSince).toBe(T0 + 5000);
  });

  it('ignores explain events in a live room the assistant drives', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    room.ingest([{ id: 'x1', platform: 'sim', roomId: 'main', ts: T0 + 5000, type: 'explain', productId: show.slots[2]!.productId, state: 'start' }], T0 + 5000);
    expect(room.live.onAirSlotId).toBe(show.slots[0]!.id);
  });

  it('tells the simulated audience about pressure selling when the host reads the 逼单 section', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    expect(room.view(T0).pressure).toBe(false);
    room.apply({ id: 'c1', type: 'prompter.section', section: 'closing' }, caller, T0 + 1000);
    expect(room.view(T0 + 1000).pressure).toBe(true);
  });

  it('passes the 口令 of a running 福袋 to the audience', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    room.apply({ id: 'c1', type: 'cue.fire', kind: 'lucky_bag', note: '福袋 口令：周五见，5分钟开奖' }, caller, T0);
    const note = room.view(T0 + 60_000).luckyBagNote;
    expect(note).toBe('福袋 口令：周五见，5分钟开奖');
    expect(phraseFromNote(note!)).toBe('周五见');
    expect(room.view(T0 + 6 * 60_000).luckyBagNote).toBeUndefined();
  });

  it('counts stock down with paid orders and marks the product sold out at zero', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    const p = show.products[0]!;
    room.apply({ id: 's', type: 'product.stock', productId: p.id, delta: 2 - p.stock }, caller, T0);
    const paid = (n: number) => ({ id: `p${n}`, platform: 'sim' as const, roomId: 'main', ts: T0, type: 'order.paid' as const, userId: `u${n}`, orderId: `o${n}`, productId: p.id, quantity: 1, amount: p.price });
    room.ingest([paid(1)], T0);
    expect(room.live.products[p.id]).toMatchObject({ stock: 1, soldOut: false });
    room.ingest([paid(2)], T0);
    expect(room.live.products[p.id]).toMatchObject({ stock: 0, soldOut: true });
  });
});

describe('room refund risk', () => {
  it('counts a talking point with an unsupported price claim as a risk reason for its product', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    room.setRiskWeights(EVERY_SIGNAL_WEIGHTS); // price claims have weight 0 in the built-ins (docs/refund-risk.md)
    const slot = show.slots[0]!;
    const product = show.products.find((p) => p.id === slot.productId)!;
    const paid = { id: 'p1', platform: 'sim' as const, roomId: 'main', ts: T0, type: 'order.paid' as const, userId: 'u1', orderId: 'o1', productId: product.id, quantity: 1, amount: product.price };
    room.ingest([paid], T0);
    const before = room.flush(T0 + 1000)!.metrics!.products[product.id]!.risk;
    const claimed = {
      ...show,
      slots: show.slots.map((s, i) => (i === 0 ? { ...s, talkingPoints: { ...s.talkingPoints, priceMechanism: '全网最低价，原价 9999 元，今天只要一折！' } } : s)),
    };
    const ack = room.apply({ id: 'r1', type: 'show.replace', rev: 0, show: claimed }, { id: 'p', name: '运营', role: 'producer' }, T0 + 2000);
    expect(ack.ok).toBe(true);
    const after = room.flush(T0 + 3000)!.metrics!.products[product.id]!.risk;
    expect(after.rate).toBeGreaterThan(before.rate);
    const claimShare = (r: typeof before) => r.reasons.find((x) => x.code === 'price_claims')?.contribution ?? 0;
    expect(claimShare(after)).toBeGreaterThan(claimShare(before));
  });
});
