import { describe, expect, it } from 'vitest';
import { createDouyinRuntime } from '../../../../electron/connectors/douyin/runtime';
import { shopProductIdOf } from '../../../../electron/connectors/douyin/pageActions';
import { defaultDouyinRules } from '../../../../shared/connectors/douyin';
import type { ConnectorStatus } from '../../../../shared/protocol/connector';
import type { LiveEvent } from '../../../../shared/protocol/events';
import { captured, commentInfoBody, douyinUrl, orderStreamBody, promotionsBody } from '../../../support/douyin/payloads';

function setup(productIds: string[] = []) {
  const events: LiveEvent[] = [];
  const statuses: ConnectorStatus[] = [];
  const rt = createDouyinRuntime({ rules: defaultDouyinRules(), roomId: 'main', productIds, emit: (e) => events.push(...e), onStatus: (s) => statuses.push(s) });
  return { rt, events, statuses };
}

describe('Douyin console runtime', () => {
  it('turns captured responses into events, once per platform id, and goes live on the first read', () => {
    const s = setup();
    const body = JSON.stringify(commentInfoBody([{ id: 'c1', nick: '用户***', text: '有S码吗' }]));
    s.rt.onResponse(captured(douyinUrl('buyinCommentInfo'), JSON.parse(body), 1000));
    s.rt.onResponse(captured(douyinUrl('buyinCommentInfo'), JSON.parse(body), 2000));
    expect(s.events.filter((e) => e.type === 'comment').map((e) => e.type === 'comment' && e.text)).toEqual(['有S码吗']);
    expect(s.statuses).toEqual([{ live: true, unparsed: 0 }]);
  });

  it('keeps the shop id of products the show knows, prefixes the others with dy:', () => {
    const s = setup(['3700000000000000001']);
    s.rt.onResponse(captured(douyinUrl('compassOrderStream'), orderStreamBody([
      { orderId: 'o1', status: 0, productId: '3700000000000000001', amountFen: 9900 },
      { orderId: 'o2', status: 0, productId: '3799999999999999999', amountFen: 100 },
    ]), 1000));
    expect(s.events.map((e) => ('productId' in e ? e.productId : null))).toEqual(['3700000000000000001', 'dy:3799999999999999999']);
    expect(shopProductIdOf('dy:3799999999999999999')).toBe('3799999999999999999');
    expect(shopProductIdOf('3700000000000000001')).toBe('3700000000000000001');
  });

  it('counts a changed response shape as not understood and reports it, never throws', () => {
    const s = setup();
    s.rt.setLoggedIn(true);
    s.rt.onResponse(captured(douyinUrl('buyinPromotions'), { code: 0, data: { goods_list_v3: [{ pid: 1 }] } }, 1000));
    s.rt.onResponse(captured(douyinUrl('buyinPromotions'), '<html>not json', 1000));
    s.rt.onResponse(captured(douyinUrl('buyinPromotions'), promotionsBody([{ promotionId: 'p', productId: '1', priceFen: 100 }]), 1000));
    expect(s.statuses.at(-1)).toEqual({ live: true, unparsed: 2 });
    expect(s.rt.wants('https://p3-aio.ecombdimg.com/x.jpeg', 'GET')).toBe(false);
    expect(s.rt.wants(douyinUrl('buyinPromotions'), 'GET')).toBe(true);
  });
});
