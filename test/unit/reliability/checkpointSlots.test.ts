import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkpointPaths, checkpointsOf, encodeCheckpoint, readCheckpointMeta } from '../../../electron/hub/journal/checkpointFile';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

const meta = (offset: number, at: number) => ({ roomId: 'main', header: 'h', offset, reservedSeq: 1, run: 1, events: 0, commands: 0, damaged: 0, at });

function twoSlots(): { journal: string; a: string; b: string } {
  const d = mkdtempSync(join(tmpdir(), 'ld-cpslots-'));
  dirs.push(d);
  const journal = join(d, 'main.journal.jsonl');
  const [a, b] = checkpointPaths(journal);
  writeFileSync(a, encodeCheckpoint(meta(100, 1), { older: true }));
  writeFileSync(b, encodeCheckpoint(meta(200, 2), { newer: true }));
  return { journal, a, b };
}

describe('checkpoint slots, newest first', () => {
  it('orders the slots by their meta lines and yields the newest valid one first', () => {
    const { journal } = twoSlots();
    const it = checkpointsOf(journal);
    expect(it.next().value?.state).toEqual({ newer: true });
    expect(it.next().value?.state).toEqual({ older: true });
    expect(it.next().done).toBe(true);
  });

  it('falls back to the older slot when the newest one\'s body is damaged; the meta check filters before the body is read', () => {
    const { journal, a, b } = twoSlots();
    const text = readFileSync(b, 'utf8');
    writeFileSync(b, text.replace('"newer":true', '"newer":fals'));
    expect(readCheckpointMeta(b)?.offset).toBe(200);
    expect([...checkpointsOf(journal)].map((c) => c.state)).toEqual([{ older: true }]);
    expect([...checkpointsOf(journal, (m) => m.offset < 150)].map((c) => c.path)).toEqual([a]);
    writeFileSync(a, 'not a checkpoint');
    expect(readCheckpointMeta(a)).toBeNull();
    expect([...checkpointsOf(journal)]).toEqual([]);
  });
});
