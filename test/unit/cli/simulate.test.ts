import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { memoryIo } from '../../support/memoryIo';
import { LiveEvent } from '../../../shared/protocol/events';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-sim-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const m = memoryIo();
  const code = await main(args, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

describe('livedeck simulate', () => {
  it('writes the event stream as JSON lines the hub ingests, following the run-of-show', async () => {
    const file = join(dir, 'small.jsonl');
    const r = await cli(['simulate', '--preset', 'small', '--seed', '4', '--minutes', '25', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote \d+ events to .*small\.jsonl \(preset small, seed 4, 25 min/);
    const events = lines(file).map((l) => LiveEvent.parse(JSON.parse(l)));
    expect(r.stdout).toContain(`wrote ${events.length} events`);
    expect(events.every((e, i) => i === 0 || events[i - 1]!.ts <= e.ts)).toBe(true);
    expect(events.at(-1)!.type).toBe('stream.end');
    expect(events.at(-1)!.ts - events[0]!.ts).toBe(25 * 60_000);
    // The auto producer changes products (10 + 8 planned minutes → three slots in 25 minutes) and fires cues.
    const starts = events.filter((e) => e.type === 'explain' && e.state === 'start').map((e) => (e as { productId: string }).productId);
    expect(starts).toEqual(['p01-tee', 'p02-scarf', 'p03-coat']);
    expect(events.some((e) => e.type === 'cue.state' && e.kind === 'lucky_bag' && e.state === 'start' && e.phrase === '秋冬上新')).toBe(true);
    for (const type of ['viewer.stats', 'viewer.enter', 'comment', 'like', 'product.click', 'order.created', 'order.paid'] as const) {
      expect(events.some((e) => e.type === type)).toBe(true);
    }
    // Atomic write: no temp file left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes the same bytes for the same seed and different ones for another seed', async () => {
    const a = join(dir, 'a.jsonl');
    const b = join(dir, 'b.jsonl');
    const c = join(dir, 'c.jsonl');
    await cli(['simulate', '--preset', 'medium', '--seed', '9', '--minutes', '3', '--out', a]);
    await cli(['simulate', '--preset', 'medium', '--seed', '9', '--minutes', '3', '--out', b]);
    await cli(['simulate', '--preset', 'medium', '--seed', '10', '--minutes', '3', '--out', c]);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(readFileSync(c, 'utf8')).not.toBe(readFileSync(a, 'utf8'));
  });

  it('replaces an existing file only when the new stream is complete', async () => {
    const file = join(dir, 'replace.jsonl');
    await cli(['simulate', '--preset', 'small', '--minutes', '1', '--out', file]);
    const before = lines(file).length;
    await cli(['simulate', '--preset', 'small', '--minutes', '2', '--out', file]);
    expect(lines(file).length).toBeGreaterThan(before);
  });

  it('writes to stdout with --out - and reports on stderr', async () => {
    const r = await cli(['simulate', '--preset', 'small', '--seed', '2', '--minutes', '0.5', '--out', '-']);
    expect(r.code).toBe(0);
    const events = r.stdout.trimEnd().split('\n').map((l) => LiveEvent.parse(JSON.parse(l)));
    expect(events.length).toBeGreaterThan(10);
    expect(r.stderr).toMatch(/^wrote \d+ events to -/);
  });

  it('takes a run-of-show file with --show and rejects an invalid one', async () => {
    const good = join(dir, 'show.json');
    const sample = JSON.parse(readFileSync('assets/sample-show.json', 'utf8'));
    sample.slots = sample.slots.slice(4, 5);
    sample.slots[0].plannedMinutes = 1;
    writeFileSync(good, JSON.stringify(sample));
    const file = join(dir, 'show.jsonl');
    expect((await cli(['simulate', '--show', good, '--minutes', '2', '--out', file])).code).toBe(0);
    const products = new Set(lines(file).map((l) => JSON.parse(l)).filter((e) => e.type === 'explain').map((e) => e.productId));
    expect([...products]).toEqual(['p05-cream']);
    const bad = join(dir, 'bad-show.json');
    writeFileSync(bad, JSON.stringify({ id: 'x', title: '', products: [], slots: [] }));
    const r = await cli(['simulate', '--show', bad, '--out', join(dir, 'x.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a valid run-of-show');
  });

  it.each([
    [['--preset', 'huge', '--out', 'x.jsonl'], '--preset must be one of small, medium, top'],
    [['--seed', 'abc', '--out', 'x.jsonl'], '--seed must be an integer'],
    [['--minutes', '0', '--out', 'x.jsonl'], '--minutes must be a number'],
    [['--minutes', '5000', '--out', 'x.jsonl'], '--minutes must be a number'],
    [['--minutes', '5'], '--out FILE.jsonl is required'],
    [['--out', '/no/such/dir/x.jsonl'], 'does not exist'],
    [['--speed', '2', '--out', 'x.jsonl'], 'unknown flag --speed'],
    [['extra', '--out', 'x.jsonl'], 'unexpected argument "extra"'],
    [['--out'], '--out needs a value'],
  ])('rejects %j with a clear usage error', async (args, message) => {
    const r = await cli(['simulate', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
