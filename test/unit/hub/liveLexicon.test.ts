import { describe, expect, it } from 'vitest';
import { withLexicon } from '../../../shared/domain/compliance';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { EVERY_SIGNAL_WEIGHTS } from '../refundRisk/judgementWeights';

const T0 = 1_750_000_000_000;
const show = loadSampleShow();
const producer = { id: 'p', name: '运营', role: 'producer' as const };

/** Issue 10 item 7: the producer's lexicon goes live with the show, and the hub lints with it. */
describe('the live show carries the producer\'s lexicon', () => {
  const slot = show.slots[0]!;
  const product = show.products.find((p) => p.id === slot.productId)!;
  const claimed = {
    ...show,
    slots: show.slots.map((s, i) => (i === 0 ? { ...s, talkingPoints: { ...s.talkingPoints, priceMechanism: '全网最低价，今天只要一折！' } } : s)),
  };
  const paid = { id: 'p1', platform: 'sim' as const, roomId: 'main', ts: T0, type: 'order.paid' as const, userId: 'u1', orderId: 'o1', productId: product.id, quantity: 1, amount: product.price };
  const priceClaimReason = (room: Room, at: number) => room.flush(at)!.metrics!.products[product.id]!.risk.reasons.find((x) => x.code === 'price_claims');

  it('keeps the allow-list in the room\'s show (snapshot) after show.replace', () => {
    const room = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    const lexicon = { terms: [], allow: ['全网最低价'] };
    expect(room.apply({ id: 'r1', type: 'show.replace', rev: 0, show: withLexicon(claimed, lexicon) }, producer, T0 + 1000).ok).toBe(true);
    expect(room.snapshot(T0 + 2000).show.lexicon).toEqual(lexicon);
  });

  it('does not count an allowed price phrase as a price-claim risk', () => {
    const flaggedRoom = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    flaggedRoom.setRiskWeights(EVERY_SIGNAL_WEIGHTS); // price claims have weight 0 in the built-ins
    flaggedRoom.ingest([paid], T0);
    flaggedRoom.apply({ id: 'r1', type: 'show.replace', rev: 0, show: claimed }, producer, T0 + 1000);
    expect(priceClaimReason(flaggedRoom, T0 + 2000)?.params).toEqual({ count: 1 });

    const allowedRoom = new Room({ roomId: 'main', show, now: T0, startOnAir: true });
    allowedRoom.setRiskWeights(EVERY_SIGNAL_WEIGHTS); // price claims have weight 0 in the built-ins
    allowedRoom.ingest([paid], T0);
    allowedRoom.apply({ id: 'r1', type: 'show.replace', rev: 0, show: withLexicon(claimed, { terms: [], allow: ['全网最低价'] }) }, producer, T0 + 1000);
    expect(priceClaimReason(allowedRoom, T0 + 2000)).toBeUndefined();
  });
});
