import { PassThrough, type Readable } from 'node:stream';
import type { CliIo } from '../../electron/cli/io';

/** In-memory stdin/stdout/stderr for running a CLI command in-process; `stop()` ends long-running ones. */
export function memoryIo(stdin: Readable = new PassThrough()) {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d: Buffer) => { out += d.toString('utf8'); });
  stderr.on('data', (d: Buffer) => { err += d.toString('utf8'); });
  let stop!: () => void;
  const io: CliIo = { stdin, stdout, stderr, stopSignal: new Promise<void>((r) => { stop = r; }) };
  return { io, stop, stdout: () => out, stderr: () => err };
}
