import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDouyinMapper, defaultDouyinRules } from '../../../../shared/connectors/douyin';
import { captured, douyinUrl, type DouyinPathKey } from '../../../support/douyin/payloads';

const dir = join(__dirname, '../../../fixtures/douyin');
const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
const T0 = 1_733_300_000_000;

/** The sample files in test/fixtures/douyin map as documented (one line per file: endpoint → event types). */
const CASES: Array<[string, DouyinPathKey, string[]]> = [
  ['buyin-comment-info.json', 'buyinCommentInfo', ['comment', 'comment', 'comment', 'comment']],
  ['compass-message.json', 'compassMessage', ['comment', 'comment', 'comment', 'viewer.enter', 'like', 'follow', 'fanclub.join']],
  ['compass-core-data.json', 'compassCoreData', ['viewer.stats']],
  ['compass-live-order-stream.json', 'compassOrderStream', ['order.created', 'order.created', 'order.paid']],
  ['buyin-promotions-v2.json', 'buyinPromotions', ['product.state', 'product.state', 'explain']],
];

describe('douyin sample files', () => {
  it.each(CASES)('%s maps to the expected events', (file, key, types) => {
    const m = createDouyinMapper({ roomId: 'r', rules: defaultDouyinRules(), productIdFor: (id) => `dy:${id}` });
    const out = m.map({ ...captured(douyinUrl(key), null, T0), body: read(file) });
    expect(out.kind).toBe('mapped');
    expect(out.kind === 'mapped' && out.events.map((e) => e.type)).toEqual(types);
  });

  it('the error envelope sample is unparsed as api_error', () => {
    const m = createDouyinMapper({ roomId: 'r', rules: defaultDouyinRules(), productIdFor: (id) => id });
    expect(m.map({ ...captured(douyinUrl('compassCoreData'), null, T0), body: read('compass-api-error.json') }))
      .toEqual({ kind: 'unparsed', family: 'online', reason: 'api_error' });
  });

  it('figures in the core-data sample are read as stated', () => {
    const m = createDouyinMapper({ roomId: 'r', rules: defaultDouyinRules(), productIdFor: (id) => id });
    const out = m.map({ ...captured(douyinUrl('compassCoreData'), null, T0), body: read('compass-core-data.json') });
    expect(out.kind === 'mapped' && out.events[0]).toMatchObject({ type: 'viewer.stats', online: 1234, totalViewers: 56789 });
  });
});
