import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentStore } from '../../../electron/hub/documents/documentStore';
import { parseDocument } from '../../../shared/protocol/document';
import { createRng } from '../../../shared/domain/rng';
import { crashDoc } from './support/crashDoc';

const KILLS = 60;
let dir: string;
let script: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'livedeck-crash-'));
  script = join(dir, 'saveLoop.cjs');
  // Bundled once so each child starts in tens of milliseconds.
  await build({ entryPoints: [join(__dirname, 'support/saveLoop.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run { lastStarted: number; lastSaved: number; stderr: string }

function runAndKill(dataDir: string, first: number, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!armed && out.includes('start ')) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', () => {
      let lastStarted = first - 1;
      let lastSaved = first - 1;
      for (const line of out.split('\n')) {
        const m = /^(start|saved) (\d+)$/.exec(line);
        if (m?.[1] === 'start') lastStarted = Number(m[2]);
        if (m?.[1] === 'saved') lastSaved = Number(m[2]);
      }
      resolve({ lastStarted, lastSaved, stderr });
    });
  });
}

describe('atomic save under SIGKILL', () => {
  it(`leaves the file old-or-new and valid after ${KILLS} kills at random moments`, async () => {
    const dataDir = join(dir, 'data');
    const store = new DocumentStore(dataDir);
    await store.save('crash', crashDoc(0));
    const rng = createRng(424242);
    let onDisk = 0;
    let interruptedWrites = 0;
    for (let k = 0; k < KILLS; k++) {
      const run = await runAndKill(dataDir, onDisk + 1, rng.int(0, 120));
      expect(run.stderr).toBe('');
      const text = readFileSync(store.pathOf('crash'), 'utf8');
      const r = parseDocument(text);
      expect(r.ok, `kill ${k}: file invalid`).toBe(true);
      if (!r.ok) return;
      const v = Number(/^版本 (\d+)$/.exec(r.doc.show.title)?.[1]);
      // Old (the last completed save) or new (the save in flight when killed) — nothing else.
      expect([run.lastSaved, run.lastStarted], `kill ${k}: found v${v}`).toContain(v);
      expect(r.doc.show).toEqual(crashDoc(v).show);
      if (run.lastStarted > run.lastSaved) interruptedWrites++;
      onDisk = v;
    }
    // The kills really landed during saves, not only between them.
    expect(interruptedWrites).toBeGreaterThan(KILLS / 2);
    // Crashes leave temp files behind; cleanup removes them and never touches the document.
    await store.cleanupTemp(0);
    expect(readdirSync(join(dataDir, 'shows'))).toEqual(['crash.livedeck.json']);
  }, 180_000);
});
