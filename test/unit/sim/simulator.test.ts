import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../shared/sim/simulator';
import { streamViolations } from './invariants';
import { ctxFor, drive, inWindow, meanOnline, MIN, ofType, SHOW, START } from './support';

const COAT = 'p03-coat';
const coat = () => ctxFor(COAT);

describe('simulator: determinism', () => {
  it('gives the identical stream for the same seed and the same advance() calls', () => {
    const a = drive('medium', 21, 12, coat);
    const b = drive('medium', 21, 12, coat);
    expect(a.length).toBeGreaterThan(1000);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives a different stream for a different seed', () => {
    const a = drive('medium', 21, 5, coat);
    const b = drive('medium', 22, 5, coat);
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
  });

  it('does not depend on how the caller slices time into advance() calls', () => {
    const fine = drive('small', 5, 6, coat);
    const sim = createSimulator({ seed: 5, preset: 'small', roomId: 'room', startAt: START, show: SHOW });
    const coarse = [...sim.advance(START + 3 * MIN, coat()), ...sim.advance(START + 6 * MIN, coat())];
    expect(JSON.stringify(coarse)).toBe(JSON.stringify(fine));
  });

  it('returns events in time order, all before `now`, and nothing twice', () => {
    const sim = createSimulator({ seed: 9, preset: 'medium', roomId: 'room', startAt: START, show: SHOW });
    const first = sim.advance(START + 30_000, coat());
    expect(first.every((e, i) => e.ts < START + 30_000 && (i === 0 || first[i - 1]!.ts <= e.ts))).toBe(true);
    expect(sim.advance(START + 30_000, coat())).toEqual([]);
    expect(sim.advance(START + 29_000, coat())).toEqual([]);
  });
});

describe('simulator: the stream holds the identities', () => {
  it('validates, keeps online = entered − left, orders = quantity × live price, refunds ≤ paid orders', () => {
    // A live price different from the plan: the order amounts must follow the context.
    const events = drive('medium', 3, 30, (m) => ctxFor(m < 15 ? COAT : 'p06-down', { livePrice: m < 15 ? 45_600 : 39_900 }));
    const show = { ...SHOW, slots: SHOW.slots.map((s) => (s.productId === COAT ? { ...s, livePrice: 45_600 } : s)) };
    expect(streamViolations(events, show)).toEqual([]);
    expect(ofType(events, 'order.paid').length).toBeGreaterThan(10);
    expect(ofType(events, 'refund.requested').length).toBeGreaterThan(0);
  });

  it('aggregates likes per viewer per tick with a tap count', () => {
    const likes = ofType(drive('medium', 4, 5, coat), 'like');
    const keys = likes.map((e) => `${e.userId}@${Math.floor(e.ts / 100)}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(likes.reduce((a, e) => a + e.count, 0)).toBeGreaterThan(3 * likes.length);
  });

  it('lets some viewers come back under the same id without counting them twice in 场观', () => {
    const events = drive('small', 8, 40, coat);
    const enters = ofType(events, 'viewer.enter');
    const users = new Set(enters.map((e) => e.userId));
    expect(enters.length).toBeGreaterThan(users.size);
    expect(ofType(events, 'viewer.stats').at(-1)!.totalViewers).toBe(users.size);
  });
});

describe('simulator: reactions', () => {
  it('福袋: a lucky-bag window raises the comment rate at least 3× and fills comments with the 口令', () => {
    const bag = (m: number) => (m >= 10 && m < 14 ? ctxFor('p02-scarf', { activeCues: ['lucky_bag'], luckyBagPhrase: '秋冬上新' }) : ctxFor('p02-scarf'));
    const withBag = inWindow(drive('medium', 31, 14, bag), 10, 14);
    const without = inWindow(drive('medium', 31, 14, () => ctxFor('p02-scarf')), 10, 14);
    const c1 = ofType(withBag, 'comment');
    const c0 = ofType(without, 'comment');
    expect(c1.length).toBeGreaterThanOrEqual(3 * c0.length);
    expect(c1.filter((c) => c.text.includes('秋冬上新')).length).toBeGreaterThan(c1.length / 2);
    // Retention: more viewers stay while the bag runs.
    expect(meanOnline(withBag)).toBeGreaterThan(meanOnline(without) * 1.1);
  });

  it('reads the 口令 out of the running 福袋 note the room view carries, like one handed over directly', () => {
    const byNote = (m: number) => (m >= 2 ? ctxFor('p02-scarf', { activeCues: ['lucky_bag'], luckyBagNote: '福袋 口令：周五见，5 分钟开奖' }) : ctxFor('p02-scarf'));
    const byPhrase = (m: number) => (m >= 2 ? ctxFor('p02-scarf', { activeCues: ['lucky_bag'], luckyBagPhrase: '周五见' }) : ctxFor('p02-scarf'));
    const a = drive('small', 5, 5, byNote);
    expect(ofType(a, 'comment').filter((c) => c.text.includes('周五见')).length).toBeGreaterThan(10);
    expect(a).toEqual(drive('small', 5, 5, byPhrase));
  });

  it('uses the 口令 planned for the on-air slot when the context names none', () => {
    const events = drive('small', 2, 6, () => ctxFor('p05-cream', { activeCues: ['lucky_bag'] }));
    expect(ofType(events, 'comment').filter((c) => c.text.includes('换季不干')).length).toBeGreaterThan(10);
  });

  it('sold out: no orders for that product, clicks go on, comments turn to 补货 / 没了', () => {
    const events = drive('medium', 41, 20, () => ctxFor(COAT, { soldOut: true }));
    expect(ofType(events, 'order.created').filter((o) => o.productId === COAT)).toEqual([]);
    expect(ofType(events, 'product.click').filter((c) => c.productId === COAT).length).toBeGreaterThan(20);
    const texts = ofType(events, 'comment').map((c) => c.text);
    expect(texts.filter((t) => /补|没了|没抢到|售罄|还有/.test(t)).length).toBeGreaterThan(texts.length * 0.3);
  });

  it('sold out mid-slot: orders for the product stop from that moment', () => {
    const events = drive('medium', 42, 24, (m) => ctxFor(COAT, { soldOut: m >= 12 }));
    const orders = ofType(events, 'order.created').filter((o) => o.productId === COAT);
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((o) => o.ts < START + 12 * MIN + 100)).toBe(true);
  });

  it('pressure lines: more orders now and a higher share of refunds later', () => {
    const calm = drive('medium', 51, 40, coat);
    const pushed = drive('medium', 51, 40, () => ctxFor(COAT, { pressure: true }));
    const paid = (ev: typeof calm) => ofType(ev, 'order.paid').length;
    const refundShare = (ev: typeof calm) => ofType(ev, 'refund.requested').length / paid(ev);
    expect(paid(pushed)).toBeGreaterThan(paid(calm) * 1.5);
    expect(refundShare(pushed)).toBeGreaterThan(refundShare(calm) * 1.2);
  });

  it('引流 款 pulls viewers in; 利润/形象 款 convert less per click at a higher price', () => {
    const traffic = drive('medium', 61, 30, () => ctxFor('p01-tee'));
    const profit = drive('medium', 61, 30, () => ctxFor('p04-trousers'));
    const image = drive('medium', 61, 30, () => ctxFor('p08-silk'));
    const viewers = (ev: typeof traffic) => ofType(ev, 'viewer.stats').at(-1)!.totalViewers;
    const perClick = (ev: typeof traffic) => {
      const clicks = new Set(ofType(ev, 'product.click').map((e) => e.userId)).size;
      return new Set(ofType(ev, 'order.paid').map((e) => e.userId)).size / clicks;
    };
    expect(viewers(traffic)).toBeGreaterThan(viewers(profit) * 1.3);
    expect(perClick(traffic)).toBeGreaterThan(perClick(profit));
    expect(perClick(profit)).toBeGreaterThan(perClick(image));
  });

  it('comments talk about the product on air (its noun, colours or sizes)', () => {
    const texts = ofType(drive('medium', 71, 10, coat), 'comment').map((c) => c.text);
    const aboutCoat = texts.filter((t) => /大衣|驼色|黑色|雾霾灰|[SML]码|[sml]码/.test(t));
    expect(aboutCoat.length).toBeGreaterThan(texts.length * 0.05);
    expect(texts.some((t) => /口红|面霜|羽绒服/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('{') || t.includes('}'))).toBe(false);
  });

  it('refund requests carry reasons and only some are approved', () => {
    const events = drive('medium', 81, 40, () => ctxFor(COAT, { pressure: true }));
    const req = ofType(events, 'refund.requested');
    const ok = ofType(events, 'refund.approved');
    expect(req.length).toBeGreaterThan(5);
    expect(req.every((r) => (r.reason ?? '').length > 0)).toBe(true);
    expect(ok.length).toBeGreaterThan(0);
    expect(ok.length).toBeLessThan(req.length);
  });

  it('with nothing on air there are no clicks or orders, but the room still talks', () => {
    const events = drive('small', 91, 5, () => ({ onAirProductId: null, onAirRole: null, livePrice: 0, soldOut: false, activeCues: [] }));
    expect(ofType(events, 'product.click')).toEqual([]);
    expect(ofType(events, 'comment').length).toBeGreaterThan(0);
  });
});
