import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Served {
  /** The URL `livedeck serve` printed (console route, with the assistant's token). */
  url: string;
  origin: string;
  /** The producer's token (from the rundown URL serve prints): it opens every view, a role narrows it. */
  token: string;
  /** Same room, another hash route, with the token (and optionally a role). */
  urlFor(route: string, role?: string): string;
  /** Fresh data directory of this hub (journal, documents); removed by kill(). */
  dataDir: string;
  stderr(): string;
  kill(): Promise<void>;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const READY = /LiveDeck ready: (\S+)/;
const PRODUCER = /rundown \(producer\): (\S+)/;

/**
 * Starts `node bin/livedeck.js serve --port 0 --seed S` on a fresh data directory (so no
 * journaled session from an earlier run is resumed) and waits for its ready line.
 */
export function serve(opts: { seed?: number; timeoutMs?: number; extraArgs?: string[] } = {}): Promise<Served> {
  const dataDir = mkdtempSync(join(tmpdir(), 'livedeck-e2e-'));
  const args = ['bin/livedeck.js', 'serve', '--port', '0', '--seed', String(opts.seed ?? 7), '--data-dir', dataDir, ...(opts.extraArgs ?? [])];
  const child: ChildProcess = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  let out = '';
  let err = '';
  const timeoutMs = opts.timeoutMs ?? 20_000;

  const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
  const kill = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        cleanUp();
        return resolve();
      }
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      child.once('exit', () => {
        clearTimeout(force);
        cleanUp();
        resolve();
      });
      child.kill('SIGTERM');
    });

  return new Promise<Served>((resolve, reject) => {
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`livedeck serve did not print "LiveDeck ready" within ${timeoutMs} ms.\nstdout:\n${out}\nstderr:\n${err}`));
    }, timeoutMs);
    let done = false;
    const ready = () => {
      const m = READY.exec(out);
      const p = PRODUCER.exec(err);
      if (!m || !p || done) return;
      done = true;
      clearTimeout(timer);
      const url = new URL(m[1]!);
      const token = new URL(p[1]!).searchParams.get('token') ?? '';
      resolve({
        url: url.toString(),
        origin: url.origin,
        token,
        dataDir,
        urlFor(route, role) {
          const q = new URLSearchParams();
          if (token) q.set('token', token);
          if (role) q.set('role', role);
          return `${url.origin}/?${q.toString()}#/${route}`;
        },
        stderr: () => err,
        kill,
      });
    };
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      ready();
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
      ready();
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`livedeck serve exited early (code ${code}, signal ${signal}).\nstdout:\n${out}\nstderr:\n${err}`));
    });
  });
}
