import { describe, expect, it } from 'vitest';
import { assessRefundRisk, combineRefundRisk, emptySignals } from '../../../shared/domain/refundRisk/model';
import { EVERY_SIGNAL_WEIGHTS } from '../refundRisk/judgementWeights';
import { alertText, riskReasonDetail, riskReasonLabel } from '../../../renderer/src/i18n/domain';
import { interpolate } from '../../../renderer/src/i18n/engine';
import { translate } from '../../../renderer/src/i18n';
import { RISK_REASON_CODES } from '../../../shared/protocol/metrics';
import { ALERT_CODES } from '../../../shared/protocol/room';

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u;

describe('the i18n engine', () => {
  it('interpolates params, with number formats', () => {
    expect(interpolate('{a} · {r,pct} · {r,pct1} · {m,money} · {missing}', { a: 'x', r: 0.254, m: 5990 })).toBe('x · 25% · 25.4% · ¥59.9 · {missing}');
  });

  it('words one key per language', () => {
    expect(translate('en', 'alert.sold_out')).toBe('Sold out');
    expect(translate('zh-CN', 'alert.sold_out')).toBe('已售罄');
  });
});

describe('domain codes worded by the renderer', () => {
  it('words every alert code in English without a Chinese character, and in Chinese as before', () => {
    for (const code of ALERT_CODES) {
      const en = alertText('en', { code, params: { drop: 0.3, from: 100, to: 70, conversion: 0.04, target: 0.1, rate: 0.42, norm: 0.3, amount: 60_000, stock: 3, minutes: 2, product: 'Wool coat', text: 'flagged' } });
      expect(en, code).not.toMatch(CJK);
      expect(en, code).not.toMatch(/\{\w+/);
    }
    expect(alertText('zh-CN', { code: 'stock_low', params: { product: '针织衫', stock: 5 } })).toBe('「针织衫」库存告急：剩 5 件');
    expect(alertText('en', { code: 'viewer_drop', params: { drop: 0.3, from: 100, to: 70 } })).toBe('Online viewers fell 30% in a minute (100 → 70)');
    expect(alertText('zh-CN', { code: 'viewer_drop', params: { drop: 0.3, from: 100, to: 70 } })).toBe('在线人数一分钟内下降 30%（100 → 70）');
  });

  it('keeps product names as data', () => {
    const sold = { id: 'sold_out:p1', kind: 'sold_out' as const, code: 'sold_out_on_air' as const, params: { product: '羊毛大衣' }, severity: 'critical' as const, productId: 'p1' };
    expect(alertText('en', sold)).toBe('“羊毛大衣” is sold out (on air)');
  });

  it('words every refund-risk reason and its detail in English', () => {
    const r = assessRefundRisk({
      ...emptySignals(), baseRate: 0.5, category: 'apparel.women', sizeColourSensitive: true, gmv: 100_000, paidOrders: 20,
      earlyRefund: 20_000, earlyRefundOrders: 4, refundRequested: 90_000, negativeComments: 6,
      unansweredQuestions: 3, pressuredOrders: 10, priceClaimFindings: 2,
      closedGmv: 100_000, closedOrders: 20, closedEarlyRefund: 20_000, resolvedGmv: 90_000,
    }, EVERY_SIGNAL_WEIGHTS);
    // The codes that lower the rate: few early refunds on closed money, orders past their refund time.
    const low = assessRefundRisk({
      ...emptySignals(), baseRate: 0.5, category: 'apparel.women', gmv: 100_000, paidOrders: 100,
      closedGmv: 100_000, closedOrders: 100, unrefunded: [[3_600_000, 100_000]],
    }, { ...EVERY_SIGNAL_WEIGHTS, earlyRefunds: { finalShare: 0.34, prior: 1, noise: 1 } });
    const all = [...r.reasons, ...low.reasons.filter((x) => x.code !== 'base')];
    expect(all.map((x) => x.code).sort()).toEqual([...RISK_REASON_CODES].sort());
    expect(riskReasonDetail('en', low.reasons.find((x) => x.code === 'no_refund_yet')!)).toBe('¥1,000 of sales (100.0%) paid over 30 minutes ago with no refund request: these orders are less likely than the norm to come back');
    for (const x of all) {
      expect(riskReasonLabel('en', x.code)).not.toMatch(CJK);
      expect(riskReasonDetail('en', x)).not.toMatch(CJK);
      expect(riskReasonDetail('en', x)).not.toMatch(/\{\w+/);
    }
    const base = r.reasons.find((x) => x.code === 'base')!;
    expect(riskReasonDetail('en', base)).toBe("Live sales of Women's apparel return about 50.0% as a base rate");
    expect(riskReasonDetail('zh-CN', base)).toBe('女装类目直播成交的基础退货率约 50.0%');
    const early = r.reasons.find((x) => x.code === 'early_refunds')!;
    expect(riskReasonDetail('zh-CN', early)).toBe('4 笔订单在支付后 30 分钟内申请退款，共 ¥200，占成交 20.0%（冲动下单的信号）');
    const room = combineRefundRisk([{ gmv: 100_000, risk: r }]);
    expect(riskReasonDetail('en', room.reasons[0]!)).toBe('1 products, weighted by GMV');
  });
});
