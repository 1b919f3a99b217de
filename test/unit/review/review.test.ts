import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hub } from '../../../electron/hub/hub';
import { csvCell } from '../../../shared/text/csv';
import { CommentStats, repeatKey } from '../../../shared/domain/review/commentStats';
import { ReviewReport } from '../../../shared/protocol/review';
import type { LiveEvent } from '../../../shared/protocol/events';
import { comment, type manualSource } from '../../support/manualSource';
import { testHub, type TestHub } from '../../support/testHub';

describe('comment stats', () => {
  it('counts repeats of the same question regardless of punctuation, spaces and emoji', () => {
    expect(repeatKey('有 S码吗？？😀')).toBe(repeatKey('有S码吗'));
    const s = new CommentStats();
    for (const text of ['有S码吗', '有S码吗？', '有 s码吗😀', '几天发货']) {
      s.add({ text, intent: 'question', topic: text.includes('码') ? 'size' : 'shipping', productId: 'p1' });
    }
    s.add({ text: '好看', intent: 'praise', topic: null, productId: 'p1' });
    const top = s.top(['question'], 5);
    expect(top[0]).toMatchObject({ text: '有S码吗', count: 3, topic: 'size' });
    expect(top[1]).toMatchObject({ count: 1 });
    expect(s.intentsOf('p1')).toEqual({ question: 4, praise: 1 });
    expect(s.topicsOf('p1')).toEqual({ size: 3, shipping: 1 });
  });
});

describe('review CSV', () => {
  it('neutralises formula injection and quotes separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(12.5)).toBe('12.5');
  });
});

describe('review API', () => {
  let t: TestHub;
  let hub: Hub;
  let source: ReturnType<typeof manualSource>;
  beforeEach(async () => {
    t = await testHub();
    ({ hub, source } = t);
  });
  afterEach(() => t.dispose());

  const get = (path: string, role = 'producer') => fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${hub.token}`, 'x-livedeck-role': role } });

  it('reports per-product GMV and the repeated questions of the session', async () => {
    const productId = hub.room.show.slots[0]!.productId;
    const now = Date.now();
    const order = (n: number): LiveEvent[] => [
      { id: `c${n}`, platform: 'sim', roomId: 'main', ts: now, type: 'order.created', userId: `b${n}`, orderId: `o${n}`, productId, quantity: 1, amount: 9900 },
      { id: `p${n}`, platform: 'sim', roomId: 'main', ts: now, type: 'order.paid', userId: `b${n}`, orderId: `o${n}`, productId, quantity: 1, amount: 9900 },
    ];
    source.push([...order(1), ...order(2), comment('有S码吗'), comment('有S码吗？'), comment('几天发货')]);
    const res = await get('/api/review');
    expect(res.status).toBe(200);
    const report = ReviewReport.parse(await res.json());
    const row = report.products.find((p) => p.productId === productId)!;
    expect(row.gmv).toBe(19800);
    expect(row.intents.question).toBe(3);
    expect(report.topQuestions[0]).toMatchObject({ count: 2, topic: 'size' });
    expect(report.runs[0]!.productId).toBe(productId);
    const bytes = Buffer.from(await (await get('/api/review.csv')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('198.00');
  });

  it('refuses the host role', async () => {
    expect((await get('/api/review', 'host')).status).toBe(403);
  });
});
