import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { loadRiskWeights } from '../../../electron/hub';
import { RISK_WEIGHTS } from '../../../shared/domain/refundRisk/weights';
import { checkRiskWeightsFile, RISK_WEIGHTS_FILE } from '../../../shared/domain/refundRisk/weightsFile';
import { LiveEvent } from '../../../shared/protocol/events';
import { memoryIo } from '../../support/memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'livedeck-cal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[]) {
  const m = memoryIo();
  const code = await main(args, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

const file = join(dir, 'medium.jsonl');

describe('refund tail, calibrate and the weights file', () => {
  it('simulate --tail-days writes refund requests after stream.end, and only those', async () => {
    const r = await cli(['simulate', '--preset', 'medium', '--seed', '7', '--minutes', '20', '--tail-days', '14', '--out', file]);
    expect(r.code).toBe(0);
    const events = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => LiveEvent.parse(JSON.parse(l)));
    const end = events.findIndex((e) => e.type === 'stream.end');
    const endTs = events[end]!.ts;
    const tail = events.slice(end + 1);
    expect(tail.length).toBeGreaterThan(10);
    expect(new Set(tail.map((e) => e.type))).toEqual(new Set(['refund.requested', 'refund.approved']));
    expect(tail.every((e, i) => e.ts > endTs && (i === 0 || tail[i - 1]!.ts <= e.ts) && e.ts <= endTs + 14 * 86_400_000)).toBe(true);
    // Returns after delivery come days later (shipping + delivery + the 7-day window).
    expect(tail.some((e) => e.ts - endTs > 2 * 86_400_000)).toBe(true);
    expect(r.stdout).toMatch(new RegExp(`refund tail 14 days: ${tail.filter((e) => e.type === 'refund.requested').length} requests after stream.end`));
    // The stream itself is the same with or without the tail.
    const plain = join(dir, 'plain.jsonl');
    await cli(['simulate', '--preset', 'medium', '--seed', '7', '--minutes', '20', '--out', plain]);
    expect(readFileSync(plain, 'utf8').trimEnd().split('\n').length).toBe(end + 1);
  });

  it('calibrate prints predicted vs realised per room and product; --refit writes a weights file the hub loads', async () => {
    const out = join(dir, 'w.json');
    const r = await cli(['calibrate', file, '--refit', out]);
    expect(r.code).toBe(0);
    const room = /room\s+GMV\s+¥([\d.]+)\s+norm\s+([\d.]+)%\s+predicted\s+([\d.]+)%\s+realised\s+([\d.]+)%\s+diff ([+−][\d.]+) pt/.exec(r.stdout);
    expect(room).not.toBeNull();
    expect(Number(room![1])).toBeGreaterThan(0);
    // A room can be predicted below its norm (few early refunds, orders past their refund time), never below 0.
    expect(Number(room![3])).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/room .* diff [+−][\d.]+ pt {2}\(realised SE [\d.]+ pt\)/);
    expect(r.stdout).toMatch(/within ±5 pt: \d\/1, within 2 SE: \d\/1/);
    expect(Number(room![4])).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/p0\d-\S+ .*predicted/);
    expect(r.stdout).toMatch(/refund tail \d+\.\d days after stream\.end/);
    expect(r.stdout).toMatch(/refit on 1 session\(s\), \d+ product\(s\): RMS error [\d.]+ → [\d.]+ pt/);
    expect(r.stdout).toMatch(/refund timing( measured: \d+% of refunds requested within 30 min of payment; pre-shipment requests after a median [\d.]+ min \(sigma [\d.]+\)|: too few refunds)/);
    const written = checkRiskWeightsFile(JSON.parse(readFileSync(out, 'utf8')));
    expect(written.ok).toBe(true);
    if (written.ok) expect(written.file.fit.rmsAfter).toBeLessThanOrEqual(written.file.fit.rmsBefore);
    const loaded = loadRiskWeights({ file: out, dataDir: dir });
    expect(loaded).toMatchObject({ file: out, error: null });
  });

  it('the hub falls back to the built-in weights, with a clear error, on a bad file', () => {
    expect(loadRiskWeights({ dataDir: join(dir, 'nowhere') })).toEqual({ weights: RISK_WEIGHTS, file: null, error: null });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"v":1,"weights":');
    expect(loadRiskWeights({ file: bad, dataDir: dir })).toEqual({ weights: RISK_WEIGHTS, file: null, error: `${bad}: not valid JSON; using the built-in weights` });
    const wrong = join(dir, RISK_WEIGHTS_FILE);
    writeFileSync(wrong, JSON.stringify({ v: 1, fittedAt: 'x', fit: { sessions: 1, products: 1, rmsBefore: 0.1, rmsAfter: 0.1 }, weights: { ...RISK_WEIGHTS, pressureSelling: { max: 1.5, normalShare: 0 } } }));
    const r = loadRiskWeights({ dataDir: dir });
    expect(r.weights).toBe(RISK_WEIGHTS);
    expect(r.error).toMatch(/risk-weights\.json: not a refund-risk weights file \(weights\.pressureSelling\.max: .+\); using the built-in weights$/);
    expect(loadRiskWeights({ file: join(dir, 'missing.json'), dataDir: dir }).error).toMatch(/missing\.json: cannot read \(ENOENT\); using the built-in weights/);
  });

  it('calibrate refuses a missing file and a bad --weights file with a usage error', async () => {
    expect((await cli(['calibrate'])).code).toBe(2);
    expect((await cli(['calibrate', join(dir, 'none.jsonl')])).stderr).toMatch(/none\.jsonl: no such file/);
    const r = await cli(['calibrate', file, '--weights', join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--weights .*bad\.json: not valid JSON$/m);
  });
});
