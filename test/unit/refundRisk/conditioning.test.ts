import { describe, expect, it } from 'vitest';
import { measureRefundTiming } from '../../../shared/domain/refundRisk/fit';
import { assessRefundRisk, emptySignals, type RiskSignals } from '../../../shared/domain/refundRisk/model';
import { remainingRefundProbability, requestedShareByAge } from '../../../shared/domain/refundRisk/refundDelay';
import { RISK_WEIGHTS } from '../../../shared/domain/refundRisk/weights';
import { checkRiskWeightsFile } from '../../../shared/domain/refundRisk/weightsFile';

/**
 * The rate given what has happened so far (docs/refund-risk.md, "Formula"): refunds already
 * requested are a fact; an order without a request, `age` old, still comes back with
 * p·(1 − G(age)) ÷ (1 − p·G(age)); and early refunds on money whose early window has closed can move
 * the model rate below the category norm as well as above it.
 */
const M = 60_000;
const W = RISK_WEIGHTS;
const base = (extra: Partial<RiskSignals>): RiskSignals => ({ ...emptySignals(), baseRate: 0.5, category: 'apparel.women', ...extra });

describe('refund timing', () => {
  it('G(age) rises to finalShare at the 30-minute early window and levels off; the remaining chance falls with it', () => {
    expect(requestedShareByAge(0, W)).toBe(0);
    expect(requestedShareByAge(30 * M, W)).toBeCloseTo(W.earlyRefunds.finalShare, 12);
    const g60 = requestedShareByAge(60 * M, W);
    expect(g60).toBeGreaterThan(W.earlyRefunds.finalShare);
    expect(g60).toBeLessThan(W.earlyRefunds.finalShare * 1.05);
    expect(requestedShareByAge(W.refundDelay.median * M, W)).toBeCloseTo(W.earlyRefunds.finalShare * 0.5 / 0.9834, 2);
    // p(1 − G) ÷ (1 − pG): 0.5 · 0.66 ÷ 0.83 = 0.3976.
    expect(remainingRefundProbability(0.5, 0.34)).toBeCloseTo(0.33 / 0.83, 12);
    expect(remainingRefundProbability(0.5, 0)).toBe(0.5);
    expect(remainingRefundProbability(1, 1)).toBe(1);
  });

  it('is measured on recordings: the early share of the refund amount and the log-normal of the pre-shipment delays', () => {
    const delays = Array.from({ length: 40 }, (_, i) => (i % 2 ? 2 : 8) * M); // ln-mean = ln 4, sd = ln 2
    const t = measureRefundTiming([{ refunded: 100_000, early: 30_000, delaysMs: delays.slice(0, 20) }, { refunded: 100_000, early: 40_000, delaysMs: delays.slice(20) }]);
    expect(t).toEqual({ finalShare: 0.35, refundDelay: { median: 4, sigma: 0.69 } });
    expect(measureRefundTiming([{ refunded: 100_000, early: 30_000, delaysMs: delays.slice(0, 5) }])).toBeNull();
  });

  it('a weights file written before refundDelay existed loads with the built-in delay shape', () => {
    const { refundDelay: _d, ...older } = RISK_WEIGHTS;
    const r = checkRiskWeightsFile({ v: 1, fittedAt: 'x', fit: { sessions: 1, products: 1, rmsBefore: 0.1, rmsAfter: 0.1 }, weights: older });
    expect(r.ok && r.file.weights.refundDelay).toEqual(RISK_WEIGHTS.refundDelay);
  });
});

describe('the rate given the refunds so far', () => {
  it('is the refunds requested plus each order without one at its remaining chance', () => {
    // ¥1,000 of GMV: ¥200 refunded (order of ¥200), ¥500 paid 45 min ago and ¥300 paid 2 min ago, no request.
    const s = base({ gmv: 100_000, paidOrders: 10, refundRequested: 20_000, resolvedGmv: 20_000, unrefunded: [[45 * M, 50_000], [2 * M, 30_000]] });
    const r = assessRefundRisk(s);
    const q = (age: number) => remainingRefundProbability(0.5, requestedShareByAge(age, W));
    expect(r.rate).toBeCloseTo((20_000 + 50_000 * q(45 * M) + 30_000 * q(2 * M)) / 100_000, 12);
    const soFar = r.reasons.find((x) => x.code === 'refunds_requested' || x.code === 'no_refund_yet')!;
    expect(soFar.contribution).toBeCloseTo(r.rate - 0.5, 12);
    // Money neither resolved nor listed counts as just paid (age 0): the rate is p.
    expect(assessRefundRisk(base({ gmv: 100_000, paidOrders: 10 })).rate).toBe(0.5);
  });

  it('is unbiased for a product that refunds at its norm: E[requested + rest × remaining chance] = p', () => {
    // One order of age a: requested with probability p·G(a) (then it is a full refund), else the remaining chance.
    for (const age of [5 * M, 30 * M, 60 * M]) {
      const g = requestedShareByAge(age, W);
      const asked = assessRefundRisk(base({ gmv: 10_000, paidOrders: 1, refundRequested: 10_000, resolvedGmv: 10_000 })).rate;
      const none = assessRefundRisk(base({ gmv: 10_000, paidOrders: 1, unrefunded: [[age, 10_000]] })).rate;
      expect(0.5 * g * asked + (1 - 0.5 * g) * none).toBeCloseTo(0.5, 12);
    }
  });

  it('goes below the norm on many orders past their early window with few early refunds, with a reason that says so', () => {
    const strong = { ...W, earlyRefunds: { ...W.earlyRefunds, prior: 1 } };
    const many = assessRefundRisk(base({ gmv: 1_000_000, paidOrders: 200, closedGmv: 1_000_000, closedOrders: 200, closedEarlyRefund: 20_000 }), strong);
    expect(many.rate).toBeLessThan(0.5 - 0.2);
    expect(many.reasons.find((x) => x.code === 'early_refunds_low')).toMatchObject({ params: { orders: 200, amount: 20_000, share: 0.02 } });
    expect(many.reasons.reduce((a, x) => a + x.contribution, 0)).toBeCloseTo(many.rate, 12);
    // Three orders without an early refund are within the noise: the norm.
    const few = assessRefundRisk(base({ gmv: 30_000, paidOrders: 3, closedGmv: 30_000, closedOrders: 3 }), strong);
    expect(few.rate).toBe(0.5);
    expect(few.reasons.map((x) => x.code)).toEqual(['base']);
  });

  it('stays the category norm before the first paid order (the neutral prior of the tile)', () => {
    const r = assessRefundRisk(base({}));
    expect(r).toMatchObject({ rate: 0.5, atRisk: 0, norm: 0.5, excessAtRisk: 0 });
    expect(r.reasons.map((x) => x.code)).toEqual(['base']);
  });
});
