import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** How much nicer than the hub a job thread runs (Linux nice steps; 0 = same as the hub). */
export const JOB_NICE = 10;

/**
 * Lowers the calling thread's CPU priority, so that on a busy machine the live loop (the hub's
 * main thread: deltas, /healthz, sockets) and the consoles win the cores over an import or export.
 * Linux only: a thread's own id is the last part of /proc/thread-self, and setpriority() on a
 * thread id changes that thread alone. Lowering needs no privilege. Elsewhere (macOS, Windows) it
 * does nothing and says so: the job still runs, at the hub's priority.
 * Returns the thread's nice value after the call, or null when it could not be changed.
 */
export function lowerThreadPriority(by = JOB_NICE, readSelf: () => string = () => readlinkSync('/proc/thread-self')): number | null {
  let tid: number;
  try {
    tid = Number(readSelf().split('/').pop());
  } catch {
    return null;
  }
  if (!Number.isInteger(tid) || tid <= 0) return null;
  try {
    const target = Math.min(19, getPriority(tid) + by);
    setPriority(tid, target);
    return getPriority(tid);
  } catch {
    return null;
  }
}
