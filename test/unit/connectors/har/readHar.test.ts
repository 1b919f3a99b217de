import { describe, expect, it } from 'vitest';
import { createHarReader, readHar, type HarReadResult } from '../../../../shared/connectors/har';
import { decodeUtf8, utf8ByteLength } from '../../../../shared/text/utf8';
import { looseBase64ToBytes } from '../../../../shared/text/base64';
import { harText, type HarEntrySpec } from '../../../support/har/buildHar';

const T0 = Date.UTC(2026, 11, 4, 12, 0, 0);
const api = 'https://buyin.jinritemai.com/api/anchor/livepc/comments?room_id=7';
const comments = JSON.stringify({ code: 0, data: { list: [{ msg_id: 'm1', nick_name: '用户***8', content: '有S码吗？😀' }] } });

const specs: HarEntrySpec[] = [
  // Started first but answered last: the reader orders by startedDateTime + time.
  { url: `${api}&n=1`, startedAt: T0, timeMs: 900, body: comments },
  { url: `${api}&n=2`, startedAt: T0 + 100, timeMs: 50, body: comments, base64: true },
  { url: 'https://p3-sign.douyinpic.com/a.jpeg', startedAt: T0 + 150, mimeType: 'image/jpeg', body: 'AAAA', base64: true, resourceType: 'image' },
  { url: `${api}&n=3`, startedAt: T0 + 200, status: 500, mimeType: 'text/html', body: '<html>502</html>' },
  { url: `${api}&n=4`, startedAt: T0 + 300, body: comments, cutTo: 40 },
  { url: `${api}&n=5`, startedAt: T0 + 400, body: null },
  { url: 'https://mcs.zijieapi.com/list', startedAt: T0 + 500, method: 'POST', postData: '[]', status: 0, body: null, resourceType: 'ping' },
];

function ok(r: HarReadResult) {
  if (!r.ok) throw new Error(`not read: ${r.code}`);
  return r;
}

describe('HAR reader', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`reads a ${browser} HAR: bodies decoded, cut bodies null, ordered by receive time`, () => {
      const r = ok(readHar(harText(specs, { browser })));
      expect(r.stats).toMatchObject({ entries: 7, badEntries: 0, truncated: 1 });
      expect(r.responses.map((x) => x.url.split('/').pop())).toEqual([
        'comments?room_id=7&n=2', 'a.jpeg', 'comments?room_id=7&n=3', 'comments?room_id=7&n=4', 'comments?room_id=7&n=5', 'list', 'comments?room_id=7&n=1',
      ]);
      const [b64, image, err, cut, none, beacon, slow] = r.responses;
      expect(b64).toMatchObject({ method: 'GET', status: 200, mimeType: 'application/json', body: comments, ts: T0 + 150, truncated: false });
      expect(image).toMatchObject({ body: null, truncated: false, mimeType: 'image/jpeg' });
      expect(err).toMatchObject({ status: 500, body: '<html>502</html>' });
      expect(cut).toMatchObject({ body: null, truncated: true });
      expect(none).toMatchObject({ body: null, truncated: false });
      expect(beacon).toMatchObject({ method: 'POST', status: 0 });
      expect(slow).toMatchObject({ body: comments, ts: T0 + 900 });
    });
  }

  it('reads the same HAR in chunks of any size, counting the bytes read', () => {
    const text = harText(specs);
    const whole = ok(readHar(text));
    for (const size of [1, 3, 17, 256, 4096]) {
      const seen: number[] = [];
      const reader = createHarReader({ onProgress: (s) => seen.push(s.bytes) });
      for (let i = 0; i < text.length;) {
        let end = i + size;
        if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end++; // a file read never splits a character
        reader.push(text.slice(i, end));
        i = end;
      }
      const r = ok(reader.end());
      expect(r.responses).toEqual(whole.responses);
      expect(r.stats.bytes).toBe(utf8ByteLength(text));
      expect(seen.at(-1)).toBe(utf8ByteLength(text));
      expect(seen.every((b, i) => i === 0 || b >= seen[i - 1]!)).toBe(true);
    }
  });

  it('treats JSON cut short as truncated even without content.size', () => {
    const text = harText([{ url: api, startedAt: T0, body: comments }]).replace(/"size": \d+/, '"size": 0');
    const cutText = text.replace(JSON.stringify(comments), JSON.stringify(comments.slice(0, 30)));
    expect(ok(readHar(cutText)).responses[0]).toMatchObject({ body: null, truncated: true });
    // Broken but complete JSON is the mapper's business (bad_json), not a truncation.
    const broken = text.replace(JSON.stringify(comments), JSON.stringify('{"code":0,}'));
    expect(ok(readHar(broken)).responses[0]).toMatchObject({ body: '{"code":0,}', truncated: false });
  });

  it('leaves out entries without a request, a response or a start time, and counts them', () => {
    const har = JSON.parse(harText(specs.slice(0, 2))) as { log: { entries: unknown[] } };
    har.log.entries.push({ request: { url: 'x' } }, { startedDateTime: 'yesterday', request: { url: api }, response: {} });
    const r = ok(readHar(JSON.stringify(har)));
    expect(r.stats).toMatchObject({ entries: 4, badEntries: 2 });
    expect(r.responses).toHaveLength(2);
  });

  it.each([
    ['hello, not json', 'not_json'],
    ['{"log": {"entries": [ {"request": ', 'not_json'],
    ['{"a": 1}\n{"b": 2}\n', 'not_json'],
    ['{"id":"c1","type":"comment","platform":"sim","roomId":"r","ts":1,"userId":"u","nickname":"n","text":"x"}', 'not_har'],
    ['[1, 2]', 'not_har'],
    ['{"log": {"entries": {"x": 1}}}', 'not_har'],
    ['{"entries": [{}]}', 'not_har'],
    ['', 'empty'],
    ['  \n', 'empty'],
    ['{"log": {"version": "1.2", "entries": []}}', 'empty'],
  ] as const)('refuses %j with %s', (text, code) => {
    expect(readHar(text)).toMatchObject({ ok: false, code });
  });

  it('decodes UTF-8 and loose base64 without platform helpers', () => {
    const s = '用户***8 说：有S码吗？😀';
    const bytes = looseBase64ToBytes(Buffer.from(s).toString('base64url'))!;
    expect(decodeUtf8(bytes)).toBe(s);
    expect(utf8ByteLength(s)).toBe(Buffer.byteLength(s));
    expect(decodeUtf8(new Uint8Array([0xe7, 0x94]))).toBe('\ufffd');
    expect(looseBase64ToBytes('not base64!')).toBeNull();
  });
});
