import { describe, expect, it } from 'vitest';
import { importIssueText } from '../../../shared/i18n/catalogImport';
import { parseCount, parsePrice, parseText } from '../../../electron/hub/import/values';
import { decodeText } from '../../../electron/hub/import/decode';
import { readCsv } from '../../../electron/hub/import/csv';
import { detectMapping, normalizeHeader } from '../../../electron/hub/import/headers';
import iconv from 'iconv-lite';

describe('parsePrice → integer fen', () => {
  it.each([
    ['¥1,299.00', 129900], ['99元', 9900], ['１２９', 12900], [' 59.9 ', 5990], ['￥ 0.5', 50],
    ['RMB 12', 1200], ['1.2万', 1_200_000], ['9.90', 990], ['1,000', 100000], ['0', 0],
  ])('%s → %i', (raw, fen) => expect(parsePrice(raw)).toEqual({ ok: true, value: fen }));

  it('reads numeric XLSX cells, in yuan or in fen when the header says so', () => {
    expect(parsePrice(39.9)).toEqual({ ok: true, value: 3990 });
    expect(parsePrice(0.1 + 0.2)).toEqual({ ok: true, value: 30 });
    expect(parsePrice(3990, 'fen')).toEqual({ ok: true, value: 3990 });
  });

  it('treats blanks as missing, not zero', () => {
    for (const raw of ['', '   ', '-', '--']) expect(parsePrice(raw)).toEqual({ ok: true, value: undefined });
  });

  it.each([['-5', '负数'], ['12.345', '两位小数'], ['十九块九', '无法识别'], ['1,2,3', '无法识别'], ['12 34', '无法识别'], ['abc', '无法识别']])(
    'refuses %s', (raw, why) => {
      const r = parsePrice(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(importIssueText('zh-CN', r.issue)).toContain(why);
    });
});

describe('parseCount and parseText', () => {
  it('reads counts with separators, units and full-width digits', () => {
    expect(parseCount('3,000')).toEqual({ ok: true, value: 3000 });
    expect(parseCount('５件')).toEqual({ ok: true, value: 5 });
    expect(parseCount(12)).toEqual({ ok: true, value: 12 });
    expect(parseCount('1.5').ok).toBe(false);
    expect(parseCount('-1').ok).toBe(false);
  });

  it('refuses formula injection and control characters, keeps ordinary dashes', () => {
    for (const bad of ["=cmd|' /C calc'!A0", '+1+1', '@SUM(A1)', '-cmd', ' =HYPERLINK("x")']) expect(parseText(bad, 100).ok).toBe(false);
    expect(parseText('a\u0000b', 100).ok).toBe(false);
    expect(parseText('-5% 折扣款', 100)).toEqual({ ok: true, value: '-5% 折扣款' });
    expect(parseText('很'.repeat(301), 300).ok).toBe(false);
  });
});

describe('decodeText', () => {
  const text = '商品名称,售价\r\n德绒打底衫,39.9\r\n';
  it('detects UTF-8 with and without BOM, GBK and UTF-16 by content', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from('\ufeff' + text, 'utf8'))).toEqual({ text, encoding: 'utf-8-bom' });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]))).toEqual({ text, encoding: 'utf-16le' });
  });

  it('refuses binary content', () => {
    expect(() => decodeText(Buffer.from([0x50, 0x00, 0x01, 0x02]))).toThrow(/二进制/);
  });
});

describe('readCsv', () => {
  it('handles quotes, doubled quotes, embedded newlines and CRLF; row = Excel row', () => {
    const recs = [...readCsv('a,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\r\n')];
    expect(recs.map((r) => r.cells)).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['multi\nline', 'z']]);
    expect(recs.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('sniffs tab and semicolon delimiters', () => {
    expect([...readCsv('a\tb\n1\t2\n')][1]!.cells).toEqual(['1', '2']);
    expect([...readCsv('a;b\n1;2\n')][1]!.cells).toEqual(['1', '2']);
  });
});

describe('header recognition', () => {
  it('recognises the back-end Chinese synonyms with units and full-width brackets', () => {
    expect(normalizeHeader(' 售价（元） ')).toBe('售价');
    const { mapping, missingFields, unknownHeaders } = detectMapping(['商品ID', '商品标题', '到手价(元)', '原价', '库存数量', '类目', '规格', '品牌', '备注']);
    expect(mapping).toEqual({ id: 0, name: 1, price: 2, listPrice: 3, stock: 4, category: 5, skuName: 6, brand: 7 });
    expect(missingFields).toEqual([]);
    expect(unknownHeaders).toEqual([{ column: 8, header: '备注' }]);
  });

  it('uses an explicit mapping as given and reports what is still missing', () => {
    expect(detectMapping(['货品全称', '零售价格'], { name: 0 }).missingFields).toEqual(['price']);
    expect(detectMapping(['货品全称', '零售价格'], { name: 0, price: 1 }).missingFields).toEqual([]);
  });
});
