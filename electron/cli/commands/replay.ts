import { stat } from 'node:fs/promises';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { createReplaySource, startHub } from '../../hub';
import { type CliIo, intFlag, parseFlags, UsageError } from '../io';
import { readShowFile } from '../showFile';

const FLAGS = ['speed', 'port', 'host', 'show'] as const;

export interface ReplayOptions {
  file: string;
  speed: number;
  port: number;
  host: string;
  show: RunOfShow | undefined;
}

/** Parse and check `livedeck replay` arguments (UsageError on any mistake). */
export async function parseReplayArgs(args: string[]): Promise<ReplayOptions> {
  const { flags, positionals } = parseFlags(args, FLAGS);
  if (positionals.length !== 1) throw new UsageError('usage: livedeck replay FILE.jsonl|FILE.har [--speed X] [--port N] [--host H] [--show SHOW.json]');
  const file = positionals[0]!;
  const st = await stat(file).catch(() => null);
  if (!st?.isFile()) throw new UsageError(`${file}: no such file`);
  let speed = 1;
  if (flags.speed !== undefined) {
    speed = Number(flags.speed);
    if (typeof flags.speed !== 'string' || !Number.isFinite(speed) || speed <= 0 || speed > 10_000) throw new UsageError('--speed must be a number above 0 and at most 10000 (e.g. 0.5, 1, 10)');
  }
  const port = intFlag(flags, 'port', 0, 0, 65535);
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const show = typeof flags.show === 'string' ? await readShowFile(flags.show) : undefined;
  return { file, speed, port, host, show };
}

/** `livedeck replay FILE.jsonl|FILE.har [--speed X] [--port N] [--host H]`: serve a recorded stream (or a Douyin console HAR) as a room. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = await parseReplayArgs(args);
  const source = createReplaySource({
    file: opts.file,
    speed: opts.speed,
    ...(opts.show ? { show: opts.show } : {}),
    warn: (m) => io.stderr.write(`replay: ${m}\n`),
  });
  const hub = await startHub({ host: opts.host, port: opts.port, source, ...(opts.show ? { show: opts.show } : {}) });
  io.stdout.write(`LiveDeck ready: ${hub.consoleUrl}\n`);
  if (hub.joinCode) io.stderr.write(`LAN: other devices open http://<this machine's address>:${hub.port}/ and enter join code ${hub.joinCode}\n`);
  io.stderr.write(`prompter: ${hub.prompterUrl}\nreplaying ${opts.file} at ${opts.speed}×. Ctrl+C to stop.\n`);
  void source.done.then((s) => {
    if (s.done && s.lines > 0) io.stderr.write(`replay: finished, ${s.emitted} events played${s.bad ? `, ${s.bad} bad lines skipped` : ''}\n`);
  });
  await io.stopSignal;
  source.stop();
  await hub.close();
  return 0;
}
