import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ChildReady } from './hubProcess';

const SCRIPT = fileURLToPath(new URL('./hubProcess.ts', import.meta.url));
const live = new Set<ChildProcess>();
process.on('exit', () => { for (const c of live) c.kill('SIGKILL'); });

/** A free loopback port (bound and released), so a restarted hub can take the same one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ChildHub {
  child: ChildProcess;
  ready: ChildReady;
  /** Everything the child wrote to stderr (for failure messages). */
  stderr(): string;
  /** SIGKILL, resolved once the process is gone. */
  kill9(): Promise<void>;
  /** SIGKILL if still running (cleanup; safe to call twice). */
  dispose(): Promise<void>;
}

/** Start `test/support/hubProcess.ts` in a child process and wait for its ready line. */
export function spawnChildHub(config: { port: number; dataDir: string; staticDir: string; token: string; feedPath: string }, timeoutMs = 20_000): Promise<ChildHub> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
  live.add(child);
  let err = '';
  let out = '';
  child.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => { live.delete(child); resolve(); }));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const t = setTimeout(() => { settled = true; void kill(); reject(new Error(`child hub not ready in ${timeoutMs} ms\n${err}`)); }, timeoutMs);
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(t);
      reject(new Error(`child hub exited (${code ?? signal}) before ready\n${err}`));
    });
    child.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const line = out.split('\n').find((l) => l.startsWith('{"ready":true'));
      if (!line || settled) return;
      settled = true;
      clearTimeout(t);
      resolve({ child, ready: JSON.parse(line) as ChildReady, stderr: () => err, kill9: kill, dispose: kill });
    });
  });
}
