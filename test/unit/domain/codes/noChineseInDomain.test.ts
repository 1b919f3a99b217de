import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Issue 10: domain code returns codes; the renderer words them. No CJK text may creep back in. */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const DIRS = ['shared/domain/alerts', 'shared/domain/refundRisk'];
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('domain codes, not words', () => {
  it.each(DIRS)('has no Chinese character in %s', (dir) => {
    const list = files(join(ROOT, dir));
    expect(list.length).toBeGreaterThan(0);
    const hits = list.flatMap((f) => readFileSync(f, 'utf8').split('\n')
      .map((line, i) => (CJK.test(line) ? `${relative(ROOT, f)}:${i + 1}: ${line.trim()}` : null))
      .filter((x): x is string => x !== null));
    expect(hits).toEqual([]);
  });
});
