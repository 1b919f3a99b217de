import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/io';
import { memoryIo } from '../../support/memoryIo';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));


const parse = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; intent: string; topic: string | null });

describe('livedeck classify (in process)', () => {
  it('writes one JSON object per input line, in order, handling CRLF, empty lines and a missing final newline', async () => {
    const input = Readable.from([Buffer.from('\ufeff多少钱\r\n\r\n已拍\n加 微 信\n"引号"\t\\反'), Buffer.from('斜杠\n尾行')]);
    const m = memoryIo(input);
    expect(await main(['classify'], m.io)).toBe(0);
    expect(parse(m.stdout())).toEqual([
      { text: '多少钱', intent: 'question', topic: 'price' },
      { text: '', intent: 'chitchat', topic: null },
      { text: '已拍', intent: 'purchase', topic: null },
      { text: '加 微 信', intent: 'spam', topic: null },
      { text: '"引号"\t\\反斜杠', intent: 'chitchat', topic: null },
      { text: '尾行', intent: 'chitchat', topic: null },
    ]);
    expect(m.stdout().split('\n')[0]).toBe('{"text":"多少钱","intent":"question","topic":"price"}');
  });

  it('decodes UTF-8 characters split across chunks', async () => {
    const bytes = Buffer.from('退款\n好看\n');
    const input = Readable.from([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)]);
    const m = memoryIo(input);
    await main(['classify'], m.io);
    expect(parse(m.stdout()).map((r) => r.intent)).toEqual(['refund', 'praise']);
  });

  it('streams a large input with backpressure and loses no line', async () => {
    const N = 50_000;
    const lines = ['1', '多少钱', '质量太差了', '好看'];
    async function* gen() {
      for (let i = 0; i < N; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) chunk += `${lines[j % 4]}#${j}\n`;
        yield Buffer.from(chunk);
      }
    }
    const stdout = new PassThrough({ highWaterMark: 1024 });
    let count = 0;
    let last = '';
    let rest = '';
    stdout.on('data', (d: Buffer) => {
      const parts = (rest + d.toString('utf8')).split('\n');
      rest = parts.pop()!;
      count += parts.length;
      if (parts.length) last = parts[parts.length - 1]!;
    });
    const io: CliIo = { stdin: Readable.from(gen()), stdout, stderr: new PassThrough(), stopSignal: new Promise(() => {}) };
    expect(await main(['classify'], io)).toBe(0);
    expect(count).toBe(N);
    expect(JSON.parse(last)).toMatchObject({ text: `好看#${N - 1}`, intent: 'praise' });
  });

  it('prints help and rejects arguments', async () => {
    const h = memoryIo(Readable.from([]));
    expect(await main(['classify', '--help'], h.io)).toBe(0);
    expect(h.stdout()).toContain('one JSON object per line');
    const bad = memoryIo(Readable.from([]));
    expect(await main(['classify', 'file.txt'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('stdin');
  });
});

describe('livedeck classify (spawned)', () => {
  beforeAll(() => {
    const b = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    expect(b.status, b.stderr).toBe(0);
  }, 120_000);

  it('classifies stdin through bin/livedeck.js and exits 0', () => {
    const r = spawnSync(process.execPath, ['bin/livedeck.js', 'classify'], { cwd: ROOT, input: '160 100斤穿什么码\r\n退款\n\nvx: abc123\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(parse(r.stdout)).toEqual([
      { text: '160 100斤穿什么码', intent: 'question', topic: 'size' },
      { text: '退款', intent: 'refund', topic: null },
      { text: '', intent: 'chitchat', topic: null },
      { text: 'vx: abc123', intent: 'spam', topic: null },
    ]);
  });
});
