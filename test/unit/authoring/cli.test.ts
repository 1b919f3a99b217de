import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocument, serializeDocument } from '../../../shared/protocol/document';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import { printedShowLines } from '../../../shared/domain/compliance';
import sample from '../../../assets/sample-show.json';
import { ensureCliBuilt, livedeck, ROOT } from './support/cli';

const FIX = join(ROOT, 'test/fixtures/import');
let tmp: string;
beforeAll(async () => {
  await ensureCliBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'livedeck-cli-'));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const jsonLines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('livedeck import', () => {
  it('prints products and row errors as JSON and exits 0', async () => {
    const r = await livedeck(['import', join(FIX, 'bad-rows.csv')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { products: { id: string }[]; errors: { row: number; reason: string }[] };
    expect(out.products.map((p) => p.id)).toEqual(['ok-1', 'ok-2']);
    expect(out.errors[0]).toEqual({ row: 3, reason: '「售价」无法识别的价格「十九块九」' });
    expect(out.errors.map((e) => e.row)).toEqual([3, 4, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('reads GBK CSV and XLSX', async () => {
    const gbk = await livedeck(['import', join(FIX, 'catalog-gbk.csv')]);
    expect(gbk.code).toBe(0);
    expect((JSON.parse(gbk.stdout) as { products: { name: string }[] }).products[0]!.name).toBe('德绒圆领打底衫 秋冬内搭');
    const xlsx = await livedeck(['import', join(FIX, 'catalog.xlsx'), '--sheet', '赠品']);
    expect(JSON.parse(xlsx.stdout)).toMatchObject({ products: [{ id: 'G1', price: 0 }], errors: [] });
  });

  it.each([
    ['a missing file', 'no-such-file.csv', '不存在'],
    ['binary garbage', 'binary-garbage.bin', '二进制'],
    ['a legacy .xls', 'legacy.xls', '.xls'],
    ['a truncated .xlsx', 'truncated.xlsx', '损坏'],
  ])('exits 1 on %s, with the reason on stderr', async (_l, file, why) => {
    const r = await livedeck(['import', join(FIX, file)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(why);
  });

  it('exits 1 when required columns are unknown, and imports with --mapping', async () => {
    const file = join(FIX, 'unknown-headers.csv');
    const r = await livedeck(['import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--mapping');
    const m = await livedeck(['import', file, '--mapping', '{"name":1,"price":2,"stock":3}']);
    expect(m.code).toBe(0);
    expect(JSON.parse(m.stdout)).toMatchObject({ products: [{ name: '手工皂', price: 2500, stock: 50 }, { name: '香薰蜡烛' }] });
  });
});

describe('livedeck lint', () => {
  it('lints plain UTF-8 text: one JSON object per finding, line and in-line offsets, exit 1 on errors', async () => {
    const file = join(tmp, 'script.txt');
    writeFileSync(file, '开场第一步先关注\n这是全网最低价，不看后悔\n');
    const r = await livedeck(['lint', file]);
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([
      { line: 2, start: 2, end: 7, text: '全网最低价', rule: 'price-lowest-absolute', severity: 'error' },
      { line: 2, start: 8, end: 12, text: '不看后悔', rule: 'click-bait', severity: 'warning' },
    ]);
  });

  it('exits 0 when there are only warnings or nothing', async () => {
    const warn = join(tmp, 'warn.txt');
    writeFileSync(warn, '不看后悔\n');
    expect((await livedeck(['lint', warn])).code).toBe(0);
    const clean = join(tmp, 'clean.txt');
    writeFileSync(clean, '最近天气冷，第一次来的宝宝点关注\n');
    expect(await livedeck(['lint', clean])).toMatchObject({ code: 0, stdout: '' });
  });

  it('lints a bare RunOfShow JSON on its printed lines, against each product', async () => {
    const r = await livedeck(['lint', join(ROOT, 'assets/sample-show.json')]);
    expect(r.code).toBe(1);
    const found = jsonLines(r.stdout);
    const printed = printedShowLines(RunOfShow.parse(sample));
    for (const f of found) expect(printed[(f.line as number) - 1]!.text.slice(f.start as number, f.end as number)).toBe(f.text);
    expect(found.map((f) => f.text)).toContain('全网最低价');
    expect(found.map((f) => f.text)).toContain('日常店铺价 79.9');
  });

  it('lints a .livedeck.json document with its own lexicon', async () => {
    const file = join(tmp, 'show.livedeck.json');
    const show = RunOfShow.parse(sample);
    writeFileSync(file, serializeDocument(makeDocument(show, 1, { terms: [], allow: ['全网最低价', '再不抢就没了', '日常店铺价', '日常', '店铺日常价'] })));
    const r = await livedeck(['lint', file]);
    const texts = jsonLines(r.stdout).map((f) => f.text);
    expect(texts).not.toContain('全网最低价');
    expect(texts).not.toContain('再不抢就没了');
  });

  it.each([
    ['a missing file', 'missing.txt', null],
    ['invalid JSON', 'bad.json', '{"format": '],
    ['a document that fails validation', 'bad.livedeck.json', '{"format":"livedeck.show","version":2,"savedAt":1,"show":{}}'],
    ['non-UTF-8 bytes', 'gbk.txt', Buffer.from([0xb2, 0xe2, 0xca, 0xd4, 0xff])],
  ])('exits 2 on %s', async (_l, name, content) => {
    const file = join(tmp, name);
    if (content !== null) writeFileSync(file, content);
    const r = await livedeck(['lint', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/livedeck lint/);
  });
});
