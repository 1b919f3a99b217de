import { describe, expect, it } from 'vitest';
import raw from '../../../../assets/connectors/douyin.json';
import { defaultDouyinRules, endpointFor, hostAndPath, isAllowedNavigation, parseDouyinRules } from '../../../../shared/connectors/douyin';
import { douyinPath, douyinUrl, localDouyinRules } from '../../../support/douyin/payloads';

const rules = defaultDouyinRules();

describe('douyin rules (assets/connectors/douyin.json)', () => {
  it('the shipped file validates and names an endpoint for every mapped family', () => {
    expect('error' in parseDouyinRules(raw)).toBe(false);
    expect(new Set(rules.endpoints.map((e) => e.family))).toEqual(new Set(['comments', 'online', 'orders', 'cart']));
  });

  it('refuses a file with a broken pattern or a missing selector, with the path of the problem', () => {
    const badPattern = { ...raw, endpoints: [{ ...raw.endpoints[0], urlPattern: '([' }] };
    expect(parseDouyinRules(badPattern)).toEqual({ error: expect.stringContaining('endpoints.0.urlPattern') as unknown });
    const { commentInput: _drop, ...selectors } = raw.selectors;
    expect(parseDouyinRules({ ...raw, selectors })).toEqual({ error: expect.stringContaining('selectors.commentInput') as unknown });
    expect(parseDouyinRules(null)).toHaveProperty('error');
  });

  it('matches endpoints on host + path, whatever the query, and nothing else', () => {
    expect(endpointFor(rules, douyinUrl('compassOrderStream'))?.id).toBe('compass.live_order_stream');
    expect(endpointFor(rules, douyinUrl('buyinPromotions'))?.family).toBe('cart');
    expect(endpointFor(rules, 'https://fxg.jinritemai.com/api/anchor/livepc/promotions_v2?list_type=1')?.family).toBe('cart');
    expect(endpointFor(rules, 'https://evil.example/compass.jinritemai.com/compass_api/author/live/live_screen/core_data')).toBeNull();
    expect(endpointFor(rules, 'https://compass.jinritemai.com.evil.example/compass_api/live_screen/core_data')).toBeNull();
    expect(endpointFor(rules, douyinUrl('compassCoreData'), 'OPTIONS')).toBeNull();
    expect(hostAndPath('HTTPS://user@Compass.Jinritemai.com:443/a/b?x=1#f')).toBe('compass.jinritemai.com/a/b');
  });

  it('allows navigation only to https pages of the platform domains', () => {
    expect(isAllowedNavigation(rules, 'https://buyin.jinritemai.com/dashboard/live/control')).toBe(true);
    expect(isAllowedNavigation(rules, 'https://sso.douyin.com/login')).toBe(true);
    expect(isAllowedNavigation(rules, 'http://buyin.jinritemai.com/')).toBe(false);
    expect(isAllowedNavigation(rules, 'https://notjinritemai.com/')).toBe(false);
    expect(isAllowedNavigation(rules, 'https://jinritemai.com.evil.example/')).toBe(false);
    expect(isAllowedNavigation(rules, 'javascript:alert(1)')).toBe(false);
  });
});

describe('localDouyinRules (test support for a fake console)', () => {
  it('matches the same paths on the local host, and no longer the platform hosts', () => {
    const local = localDouyinRules(rules, '127.0.0.1');
    for (const e of rules.endpoints) expect(e.urlPattern.startsWith('^')).toBe(true);
    expect(endpointFor(local, `http://127.0.0.1:4567${douyinPath('compassOrderStream')}?a_bogus=x`)?.family).toBe('orders');
    expect(endpointFor(local, `http://127.0.0.1:4567${douyinPath('buyinPromotions')}`)?.family).toBe('cart');
    expect(endpointFor(local, `http://127.0.0.1:4567${douyinPath('buyinCommentInfo')}`)?.family).toBe('comments');
    expect(endpointFor(local, `http://127.0.0.1:4567${douyinPath('compassMessage')}`)?.family).toBe('comments');
    expect(endpointFor(local, `http://127.0.0.1:4567${douyinPath('compassCoreData')}`)?.family).toBe('online');
    expect(endpointFor(local, douyinUrl('compassOrderStream'))).toBeNull();
    for (const e of local.endpoints) expect(e.urlPattern.startsWith('^127\\.0\\.0\\.1/')).toBe(true);
    expect('error' in parseDouyinRules(local)).toBe(false);
  });
});
