import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { findCycles, importGraph } from '../../../scripts/cycles.mjs';

type Graph = Map<string, string[]>;
const cycles = (roots: string[], opts: { runtimeOnly?: boolean } = {}): string[][] =>
  (findCycles as (g: Graph) => string[][])((importGraph as (r: string[], o: object) => Graph)(roots, opts));

let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'livedeck-cycles-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts/cycles.mjs', () => {
  it('finds no cycle in a tree of imports (index files, re-exports, dynamic import)', () => {
    write('a.ts', "import { b } from './lib';\nexport const a = () => import('./c');\n");
    write('lib/index.ts', "export { b } from './b';\n");
    write('lib/b.ts', "import { c } from '../c';\nexport const b = c;\n");
    write('c.ts', "import { z } from 'zod';\nexport const c = z;\n");
    expect(cycles([dir])).toEqual([]);
  });

  it('reports a planted cycle as a path a → b → c → a', () => {
    write('a.ts', "import { b } from './b';\nexport const a = b;\n");
    write('b.ts', "export { c as b } from './sub/c';\n");
    write('sub/c.tsx', "import { a } from '../a';\nexport const c = a;\n");
    write('d.ts', "import { a } from './a';\nexport const d = a;\n");
    const found = cycles([dir]);
    expect(found).toHaveLength(1);
    expect(found[0]!.map((f) => f.slice(dir.length + 1))).toEqual(['a.ts', 'b.ts', 'sub/c.tsx', 'a.ts']);
  });

  it('counts a cycle through type-only imports unless asked for runtime imports only', () => {
    write('model.ts', "import type { Ctx } from './sim';\nexport const model = (c: Ctx) => c;\n");
    write('sim.ts', "import { model } from './model';\nexport interface Ctx { n: number }\nexport const run = model;\n");
    expect(cycles([dir])).toHaveLength(1);
    expect(cycles([dir], { runtimeOnly: true })).toEqual([]);
  });
});
