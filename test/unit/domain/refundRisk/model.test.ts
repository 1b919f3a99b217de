import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessRefundRisk, combineRefundRisk, emptySignals, type RiskSignals } from '../../../../shared/domain/refundRisk/model';
import { categoryInfo } from '../../../../shared/domain/refundRisk/categories';
import { EVERY_SIGNAL_WEIGHTS } from '../../refundRisk/judgementWeights';

const SEED = 424242;
/** Reason codes that lower the rate (negative contributions): few early refunds, orders past their refund time. */
const LOWERING = new Set(['early_refunds_low', 'no_refund_yet']);
const count = (max: number) => fc.integer({ min: 0, max });

const ageArb = fc.integer({ min: 0, max: 60 * 60_000 });
const signalsArb: fc.Arbitrary<RiskSignals> = fc.record({
  baseRate: fc.double({ min: 0, max: 1, noNaN: true }),
  category: fc.constant('apparel.women'),
  sizeColourSensitive: fc.boolean(),
  gmv: count(10_000_000),
  paidOrders: count(5_000),
  refundRequested: count(10_000_000),
  earlyRefund: count(10_000_000),
  earlyRefundOrders: count(1_000),
  negativeComments: count(2_000),
  unansweredQuestions: count(2_000),
  pressuredOrders: count(5_000),
  priceClaimFindings: count(20),
  closedGmv: count(10_000_000),
  closedOrders: count(5_000),
  closedEarlyRefund: count(10_000_000),
  resolvedGmv: count(10_000_000),
  unrefunded: fc.array(fc.tuple(ageArb, count(3_000_000)), { maxLength: 6 }),
});

/** The risk signals and how to raise each one. */
const RAISE: Record<string, (s: RiskSignals, d: number) => RiskSignals> = {
  baseRate: (s, d) => ({ ...s, baseRate: Math.min(1, s.baseRate + d / 1000) }),
  sizeColourSensitive: (s) => ({ ...s, sizeColourSensitive: true }),
  refundRequested: (s, d) => ({ ...s, refundRequested: s.refundRequested + d * 100 }),
  earlyRefund: (s, d) => ({ ...s, earlyRefund: s.earlyRefund + d * 100 }),
  closedEarlyRefund: (s, d) => ({ ...s, closedEarlyRefund: s.closedEarlyRefund + d * 100 }),
  negativeComments: (s, d) => ({ ...s, negativeComments: s.negativeComments + d }),
  unansweredQuestions: (s, d) => ({ ...s, unansweredQuestions: s.unansweredQuestions + d }),
  pressuredOrders: (s, d) => ({ ...s, pressuredOrders: s.pressuredOrders + d }),
  priceClaimFindings: (s, d) => ({ ...s, priceClaimFindings: s.priceClaimFindings + d }),
};

describe('refund-risk model', () => {
  for (const [signal, raise] of Object.entries(RAISE)) {
    it(`is monotone non-decreasing in ${signal} (rate and money at risk)`, () => {
      fc.assert(fc.property(signalsArb, fc.integer({ min: 1, max: 500 }), (s, d) => {
        const lo = assessRefundRisk(s);
        const hi = assessRefundRisk(raise(s, d));
        expect(hi.rate).toBeGreaterThanOrEqual(lo.rate);
        expect(hi.atRisk).toBeGreaterThanOrEqual(lo.atRisk);
      }), { seed: SEED, numRuns: 300 });
    });
  }

  it('is monotone in every signal of every product for the room as well', () => {
    fc.assert(fc.property(fc.array(signalsArb, { minLength: 1, maxLength: 5 }), fc.nat(), fc.constantFrom(...Object.keys(RAISE)), fc.integer({ min: 1, max: 500 }),
      (products, which, signal, d) => {
        const i = which % products.length;
        const room = (ps: RiskSignals[]) => combineRefundRisk(ps.map((p) => ({ gmv: p.gmv, risk: assessRefundRisk(p) })));
        const raised = products.map((p, j) => (j === i ? RAISE[signal]!(p, d) : p));
        // Raising a signal never changes GMV, so the room weights stay fixed.
        expect(room(raised).rate).toBeGreaterThanOrEqual(room(products).rate - 1e-12);
      }), { seed: SEED, numRuns: 300 });
  });

  it('keeps the rate in 0..1, money at risk = round(rate × GMV), and reasons that add up to the rate (only the codes that lower it below 0)', () => {
    fc.assert(fc.property(signalsArb, (s) => {
      const r = assessRefundRisk(s);
      expect(r.rate).toBeGreaterThanOrEqual(0);
      expect(r.rate).toBeLessThanOrEqual(1);
      expect(r.atRisk).toBe(Math.round(r.rate * s.gmv));
      const sum = r.reasons.reduce((a, x) => a + x.contribution, 0);
      expect(sum).toBeCloseTo(r.rate, 9);
      for (let k = 1; k < r.reasons.length; k++) expect(r.reasons[k - 1]!.contribution).toBeGreaterThanOrEqual(r.reasons[k]!.contribution);
      for (const x of r.reasons) {
        if (LOWERING.has(x.code)) expect(x.contribution, x.code).toBeLessThan(0);
        else expect(x.contribution, x.code).toBeGreaterThanOrEqual(0);
      }
    }), { seed: SEED, numRuns: 500 });
  });

  it('is the category base rate when there is no other signal', () => {
    const r = assessRefundRisk({ ...emptySignals(), baseRate: 0.5, category: 'apparel.women', gmv: 10_000, paidOrders: 10 });
    expect(r.rate).toBe(0.5);
    expect(r.atRisk).toBe(5_000);
    expect(r.reasons).toEqual([{ code: 'base', contribution: 0.5, params: { category: 'apparel.women', rate: 0.5 } }]);
  });

  it('names each signal as a reason, largest contribution first', () => {
    const r = assessRefundRisk({
      ...emptySignals(), baseRate: 0.15, category: 'food', gmv: 100_000, paidOrders: 20,
      earlyRefund: 20_000, earlyRefundOrders: 4, refundRequested: 20_000, negativeComments: 6,
      unansweredQuestions: 3, pressuredOrders: 10, priceClaimFindings: 2,
      closedGmv: 100_000, closedOrders: 20, closedEarlyRefund: 20_000, resolvedGmv: 20_000, unrefunded: [[45 * 60_000, 80_000]],
    }, EVERY_SIGNAL_WEIGHTS);
    expect(r.reasons.map((x) => x.code).sort()).toEqual(['base', 'early_refunds', 'negative_comments', 'pressure_selling', 'price_claims', 'refunds_requested', 'unanswered_questions']);
    expect(r.reasons[0]!.code).toBe('early_refunds');
    expect(r.rate).toBeGreaterThan(0.15);
    const byCode = Object.fromEntries(r.reasons.map((x) => [x.code, x.params]));
    expect(byCode).toMatchObject({
      early_refunds: { orders: 4, amount: 20_000, share: 0.2 },
      negative_comments: { count: 6 },
      unanswered_questions: { count: 3, sensitive: 0 },
      pressure_selling: { share: 0.5 },
      price_claims: { count: 2 },
    });
  });

  it('counts the refunds already requested as a fact and the rest of the GMV at the model rate', () => {
    // 80 % of GMV refunded; the other 20 % has no age yet (just paid): 0.8 + 0.2 · 0.1.
    const r = assessRefundRisk({ ...emptySignals(), baseRate: 0.1, gmv: 10_000, paidOrders: 5, refundRequested: 8_000, resolvedGmv: 8_000 });
    expect(r.rate).toBeCloseTo(0.82, 12);
    expect(r.atRisk).toBe(8_200);
    expect(r.reasons[0]).toMatchObject({ code: 'refunds_requested', params: { amount: 8_000, share: 0.8 } });
    expect(r.reasons[0]!.contribution).toBeCloseTo(0.72, 12);
    // Never below what was requested, whatever the ages say.
    const old = assessRefundRisk({ ...emptySignals(), baseRate: 0.1, gmv: 10_000, paidOrders: 5, refundRequested: 8_000, resolvedGmv: 8_000, unrefunded: [[3_600_000, 2_000]] });
    expect(old.rate).toBeGreaterThanOrEqual(0.8);
  });

  it('weights the room by GMV and sums money at risk', () => {
    const a = assessRefundRisk({ ...emptySignals(), baseRate: 0.5, gmv: 30_000, paidOrders: 3 });
    const b = assessRefundRisk({ ...emptySignals(), baseRate: 0.1, gmv: 10_000, paidOrders: 1 });
    const room = combineRefundRisk([{ gmv: 30_000, risk: a }, { gmv: 10_000, risk: b }]);
    expect(room.rate).toBeCloseTo(0.4, 12);
    expect(room.atRisk).toBe(16_000);
    expect(room.reasons.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(room.rate, 12);
    expect(room.norm).toBeCloseTo(0.4, 12); // (0.5·3 + 0.1·1) / 4
    expect(combineRefundRisk([])).toEqual({ rate: 0, atRisk: 0, norm: 0, excessAtRisk: 0, reasons: [] });
  });
});

describe('categoryInfo', () => {
  it('resolves exact keys, dotted prefixes and unknown categories', () => {
    expect(categoryInfo('apparel.women')).toMatchObject({ key: 'apparel.women', baseRefundRate: 0.5, sizeSensitive: true });
    expect(categoryInfo('apparel.women.dress').key).toBe('apparel.women');
    expect(categoryInfo('apparel.socks').key).toBe('apparel');
    expect(categoryInfo('toString').key).toBe('other');
    expect(categoryInfo(undefined).key).toBe('other');
    expect(categoryInfo('food').baseRefundRate).toBeLessThan(categoryInfo('apparel.women').baseRefundRate);
  });
});
