import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobLane, runJob } from '../../../electron/hub/workers/runJob';

const entry = join(__dirname, 'fixtures', 'testJobs.ts');
const limits = { oldGenMb: 64, youngGenMb: 8, timeoutMs: 60_000 };

describe('job worker (issue 15 item 4)', () => {
  it('ends a job that allocates past its cap with worker_out_of_memory, and the hub process lives on', async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const out = await runJob('allocate', null, { entry, limits });
    expect(out).toMatchObject({ ok: false, code: 'worker_out_of_memory' });
    // This process (the hub) did not carry the job's heap and still runs jobs.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    expect(await runJob('echo', { n: 42, s: '商品' }, { entry, limits })).toEqual({ ok: true, value: { n: 42, s: '商品' } });
  });

  it('stops a job past its time limit with timeout', async () => {
    const out = await runJob('hang', null, { entry, limits: { ...limits, timeoutMs: 1500 } });
    expect(out).toMatchObject({ ok: false, code: 'timeout' });
  });

  it("passes a job's own snake_case error code through", async () => {
    expect(await runJob('refuse', null, { entry, limits })).toEqual({ ok: false, code: 'too_many_rows', message: 'nope' });
    expect(await runJob('nosuchjob', null, { entry, limits })).toMatchObject({ ok: false, code: 'worker_failed' });
  });

  it('refuses a second job in the same lane with busy while the first runs', async () => {
    const lane = new JobLane();
    const first = lane.run(() => runJob('echo', 1, { entry, limits }));
    expect(await lane.run(() => runJob('echo', 2, { entry, limits }))).toMatchObject({ ok: false, code: 'busy' });
    expect(await first).toEqual({ ok: true, value: 1 });
    expect(await lane.run(() => runJob('echo', 3, { entry, limits }))).toEqual({ ok: true, value: 3 });
  });
});
