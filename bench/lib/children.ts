import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Child processes of a bench run. Every child is registered here and killed when the run ends,
 * fails or is interrupted, so no hub or browser outlives the benchmark.
 */
const live = new Set<ChildProcess>();
export const BENCH_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Scratch directories (hub data dirs, journals) live under one directory per bench run, shared
 * with the children through BENCH_TMP and removed when the run ends, even after a killed child.
 */
export function benchTmpDir(prefix: string): string {
  const root = initBenchTmp();
  mkdirSync(root, { recursive: true });
  return mkdtempSync(join(root, prefix));
}
let ownsTmp = false;

/** The run's scratch root (created once, by the first process that asks: the runner). */
export function initBenchTmp(): string {
  if (process.env.BENCH_TMP) return process.env.BENCH_TMP;
  const root = mkdtempSync(join(tmpdir(), 'livedeck-bench-'));
  process.env.BENCH_TMP = root;
  ownsTmp = true;
  hookExit();
  return root;
}

function killAll(): void {
  for (const c of live) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
  live.clear();
  if (ownsTmp && process.env.BENCH_TMP) rmSync(process.env.BENCH_TMP, { recursive: true, force: true });
}

let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Track a child spawned elsewhere (e.g. `livedeck serve`). */
export function track(child: ChildProcess): ChildProcess {
  hookExit();
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Spawn a bench TypeScript file under Node with the tsx loader and an IPC channel. */
export function spawnTs(file: string, env: Record<string, string> = {}, nodeArgs: string[] = []): ChildProcess {
  // BENCH_PROF=<dir>: children write a V8 CPU profile there (open in Chrome DevTools).
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
  const child = spawn(process.execPath, [...prof, ...nodeArgs, '--import', 'tsx', fileURLToPath(new URL(`../${file}`, import.meta.url))], {
    cwd: BENCH_ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  return track(child);
}

/** Wait for the next IPC message of `type` from a child (rejects on exit or timeout). */
export function nextMessage<T extends { type: string }>(child: ChildProcess, type: T['type'], timeoutMs = 60_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      fn();
    };
    const onMessage = (m: unknown) => {
      if (m && typeof m === 'object' && (m as { type?: string }).type === type) done(() => resolve(m as T));
      else if (m && typeof m === 'object' && (m as { type?: string }).type === 'error') {
        done(() => reject(new Error(`child: ${(m as { message?: string }).message ?? 'error'}`)));
      }
    };
    const onExit = (code: number | null, sig: string | null) => done(() => reject(new Error(`child exited (${code ?? sig}) before "${type}"`)));
    const timer = setTimeout(() => done(() => reject(new Error(`timed out waiting for "${type}" from child`))), timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Ask a child to stop and wait for it; kill it if it does not go within `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send({ cmd: 'stop' });
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** In a child: exit when the parent goes away, report crashes to it. */
export function childGuard(): void {
  process.on('disconnect', () => process.exit(0));
  const report = (err: unknown) => {
    const message = err instanceof Error ? err.stack ?? err.message : String(err);
    console.error(`[bench child] ${message}`);
    if (process.send && process.connected) process.send({ type: 'error', message }, () => process.exit(1));
    else process.exit(1);
  };
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
