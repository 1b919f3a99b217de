import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../electron/hub/http/body';
import { importInWorker } from '../../../electron/hub/workers/importJob';
import { runJob } from '../../../electron/hub/workers/runJob';
import { movable } from '../../../electron/hub/workers/transfer';

const entry = join(__dirname, 'fixtures', 'testJobs.ts');
const limits = { oldGenMb: 64, youngGenMb: 8, timeoutMs: 60_000 };
const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

describe("a job worker's reply is checked (issue 15 item 4)", () => {
  it('hands back bytes up to the cap, and answers reply_too_large above it', async () => {
    const ok = await runJob<Uint8Array>('bytes', 1000, { entry, limits, reply: { accept: isBytes, maxBytes: 1000 } });
    if (!ok.ok) throw new Error(ok.code);
    expect(ok.value).toBeInstanceOf(Uint8Array);
    expect(ok.value.byteLength).toBe(1000);
    expect(ok.value[252]).toBe(1);
    const big = await runJob<Uint8Array>('bytes', 1001, { entry, limits, reply: { accept: isBytes, maxBytes: 1000 } });
    expect(big).toMatchObject({ ok: false, code: 'reply_too_large' });
  });

  it('answers reply_invalid for a reply of the wrong shape or a message that is no outcome', async () => {
    expect(await runJob('echo', { n: 1 }, { entry, limits, reply: { accept: isBytes } })).toMatchObject({ ok: false, code: 'reply_invalid' });
    expect(await runJob('garble', null, { entry, limits })).toMatchObject({ ok: false, code: 'reply_invalid' });
  });
});

describe('bytes move between the hub and the worker, not copied on the hub', () => {
  it('moves a buffer that owns its memory and copies a slice of a bigger one', () => {
    const own = new Uint8Array(16).fill(7);
    expect(movable(own).bytes).toBe(own);
    const pool = new Uint8Array(32).fill(3);
    const slice = pool.subarray(8, 24);
    const m = movable(slice);
    expect(m.bytes).not.toBe(slice);
    expect([...m.bytes]).toEqual([...slice]);
    expect(m.transfer[0]!.byteLength).toBe(16);
  });

  it('an upload read by the hub goes to the import worker without a copy (its buffer is moved) and imports the same', async () => {
    const csv = readFileSync(join(__dirname, '../../fixtures/import/catalog-utf8.csv'));
    const padded = Buffer.concat([csv, Buffer.from('\n'.repeat(70_000))]); // over readBody's own-buffer size
    const req = new IncomingMessage(new Socket());
    req.headers['content-length'] = String(padded.length);
    const reading = readBody(req, 1024 * 1024);
    for (let at = 0; at < padded.length; at += 16_384) req.push(padded.subarray(at, at + 16_384));
    req.complete = true;
    req.push(null);
    const body = await reading;
    if (typeof body === 'string') throw new Error(body);
    expect(body.equals(padded)).toBe(true);
    expect(body.byteOffset).toBe(0);
    expect(body.buffer.byteLength).toBe(padded.length);

    const out = await importInWorker(body, { filename: 'catalog.csv' });
    if (!out.ok) throw new Error(out.code);
    expect(body.byteLength).toBe(0); // moved: the hub keeps no copy
    const result = JSON.parse(Buffer.from(out.value).toString('utf8')) as { products: unknown[] };
    expect(result.products.length).toBeGreaterThan(0);
  });
});
