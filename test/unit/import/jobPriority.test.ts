import { existsSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../../electron/hub/workers/entry';
import { JOB_NICE, lowerThreadPriority } from '../../../electron/hub/workers/lowPriority';

const linux = existsSync('/proc/thread-self');

describe('job threads run below the live loop', () => {
  it.runIf(linux)('a worker lowers its own thread only, never the hub thread', async () => {
    const hubNice = getPriority(process.pid);
    const w = startWorker(join(__dirname, 'fixtures', 'niceProbe.ts'), {});
    const got = await new Promise<{ tid: number; before: number; after: number | null; processNice: number }>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
    await w.terminate();
    expect(got.tid).not.toBe(process.pid);
    expect(got.after).toBe(Math.min(19, got.before + JOB_NICE));
    expect(got.processNice).toBe(hubNice);
    expect(getPriority(process.pid)).toBe(hubNice);
  });

  it('does nothing, and says so, where a thread id cannot be read', () => {
    expect(lowerThreadPriority(JOB_NICE, () => { throw new Error('ENOENT'); })).toBeNull();
    expect(lowerThreadPriority(JOB_NICE, () => 'self')).toBeNull();
  });
});
