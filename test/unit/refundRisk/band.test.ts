import { describe, expect, it } from 'vitest';
import { EXCESS_ELEVATED, EXCESS_HIGH, MONEY_AT_STAKE_HIGH, riskBand, riskExcess } from '../../../shared/domain/refundRisk/band';
import { assessRefundRisk, combineRefundRisk, emptySignals } from '../../../shared/domain/refundRisk/model';

const fig = (rate: number, norm: number, gmv: number) => ({ rate, norm, excessAtRisk: Math.round(Math.max(0, rate - norm) * gmv) });

describe('refund-risk band: excess over the category norm and money at stake', () => {
  it('names its thresholds', () => {
    expect([EXCESS_ELEVATED, EXCESS_HIGH, MONEY_AT_STAKE_HIGH]).toEqual([0.05, 0.1, 50_000]);
  });

  it('reads a rate at the norm as normal however high it is', () => {
    expect(riskBand(fig(0.5, 0.5, 10_000_000))).toBe('normal');
    expect(riskBand(fig(0.54, 0.5, 10_000_000))).toBe('normal');
    expect(riskBand(fig(0.3, 0.5, 10_000_000))).toBe('normal');
  });

  it('is elevated from a 5-point excess with money behind it, high from 10 points AND ¥500 beyond the norm', () => {
    expect(riskBand(fig(0.55, 0.5, 10_000_000))).toBe('elevated');
    expect(riskBand(fig(0.5999, 0.5, 10_000_000))).toBe('elevated');
    expect(riskBand(fig(0.6, 0.5, 500_000))).toBe('high'); // +10 pt of ¥5,000 = ¥500
    expect(riskBand(fig(0.6, 0.5, 499_000))).toBe('elevated'); // real excess, not enough money
    expect(riskBand(fig(0.9, 0.1, 10_000))).toBe('elevated'); // +80 pt of ¥100
  });

  it('is normal before any paid GMV: the norm is a prior, not an alarm', () => {
    expect(riskBand(fig(0.9, 0.5, 0))).toBe('normal');
    const r = assessRefundRisk({ ...emptySignals(), baseRate: 0.5, category: 'apparel.women', negativeComments: 30, unansweredQuestions: 30 });
    expect(r.norm).toBe(0.5);
    expect(r.excessAtRisk).toBe(0);
    expect(riskBand(r)).toBe('normal');
  });

  it('gives the model output its norm and the money beyond it; a room weights the norm by GMV', () => {
    // Every order has its refund request (outcome known): the rate is what was requested.
    const a = assessRefundRisk({ ...emptySignals(), baseRate: 0.5, gmv: 1_000_000, paidOrders: 10, refundRequested: 800_000, resolvedGmv: 1_000_000 });
    expect(a.rate).toBe(0.8);
    expect(a.norm).toBe(0.5);
    expect(riskExcess(a)).toBeCloseTo(0.3, 12);
    expect(a.excessAtRisk).toBe(300_000);
    expect(riskBand(a)).toBe('high');
    const b = assessRefundRisk({ ...emptySignals(), baseRate: 0.1, gmv: 3_000_000, paidOrders: 30 });
    const room = combineRefundRisk([{ gmv: 1_000_000, risk: a }, { gmv: 3_000_000, risk: b }]);
    expect(room.norm).toBeCloseTo(0.2, 12); // (0.5·1 + 0.1·3) / 4
    expect(room.excessAtRisk).toBe(300_000);
    const none = combineRefundRisk([{ gmv: 0, risk: { ...b, norm: 0.1 } }, { gmv: 0, risk: { ...b, norm: 0.5 } }]);
    expect(none.norm).toBeCloseTo(0.3, 12); // plain average before any GMV
  });
});
