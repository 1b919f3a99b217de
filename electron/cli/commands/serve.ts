import { SIM_PRESETS, type SimPreset } from '../../../shared/sim/simulator';
import { defaultDataDir, lanAddresses, startHub } from '../../hub';
import { networkInterfaces } from 'node:os';
import { type CliIo, intFlag, parseFlags, UsageError } from '../io';

const SOURCES = ['sim', 'ingest'] as const;

/**
 * `livedeck serve [--source sim|ingest] [--record FILE.jsonl | --no-record]`: hub + room + web
 * console; prints one `LiveDeck ready: <url>` line, with `--source ingest` (no simulator) one
 * `LiveDeck ingest: <url>` line after it, then `LiveDeck overlay: <question overlay url with its
 * token>` and `LiveDeck control: <control API url with the producer's control token>`. Accepted events are recorded into the data dir's
 * recordings/ unless told otherwise.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(args, ['port', 'seed', 'host', 'preset', 'data-dir', 'source', 'record', 'risk-weights'], ['fresh', 'no-journal', 'no-record']);
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = intFlag(flags, 'port', 0, 0, 65535);
  const seed = intFlag(flags, 'seed', Math.floor(Date.now() / 1000) % 100_000, 0, 2 ** 31 - 1);
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const preset = (flags.preset ?? 'medium') as SimPreset;
  if (!SIM_PRESETS.includes(preset)) throw new UsageError(`--preset must be one of ${SIM_PRESETS.join(', ')}`);
  const dataDir = typeof flags['data-dir'] === 'string' ? flags['data-dir'] : defaultDataDir();
  const sourceKind = (flags.source ?? 'sim') as (typeof SOURCES)[number];
  if (!SOURCES.includes(sourceKind)) throw new UsageError(`--source must be one of ${SOURCES.join(', ')}`);
  if (flags.record !== undefined && flags['no-record'] === true) throw new UsageError('--record and --no-record cannot go together');
  const record = flags['no-record'] === true ? false : typeof flags.record === 'string' ? flags.record : undefined;
  const ingest = sourceKind === 'ingest';

  const journal = flags['no-journal'] !== true;
  let hub: Awaited<ReturnType<typeof startHub>>;
  try {
    hub = await startHub({
      host, port, seed, preset, dataDir, journal, ...(flags.fresh === true ? { resume: false } : {}),
      ...(ingest ? { source: null, ingest: { start: true } } : {}), ...(record !== undefined ? { record } : {}),
      ...(typeof flags['risk-weights'] === 'string' ? { riskWeightsFile: flags['risk-weights'] } : {}),
    });
  } catch (e) {
    // A read-only or unusable data folder: say which folder, and what to do (hub/journal/session.ts).
    if (e instanceof Error && e.name === 'JournalFolderError') {
      io.stderr.write(`livedeck serve: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  io.stdout.write(`LiveDeck ready: ${hub.consoleUrl}\n`);
  if (ingest) io.stdout.write(`LiveDeck ingest: ${hub.ingestUrl}\n`);
  io.stdout.write(`LiveDeck overlay: ${hub.overlayUrl}\nLiveDeck control: ${hub.controlUrl}\n`);
  if (!journal) io.stderr.write('WARNING: running without a journal (--no-journal): this session will NOT survive a crash or restart.\n');
  if (hub.riskWeights.error) io.stderr.write(`livedeck serve: refund-risk weights ${hub.riskWeights.error}\n`);
  else if (hub.riskWeights.file) io.stderr.write(`refund-risk weights from ${hub.riskWeights.file}\n`);
  if (hub.recording) io.stderr.write(`recording accepted events to ${hub.recording.file}\n`);
  const report = hub.journal?.report;
  if (report) io.stderr.write(`resumed the session journaled in ${dataDir} (start a new one with --fresh)\n`);
  if (hub.joinCode) {
    const addresses = lanAddresses(networkInterfaces());
    const where = addresses.length ? addresses.map((a) => `http://${a}:${hub.port}/`).join('  ') : `http://<this machine's address>:${hub.port}/`;
    const codes = hub.joinCodes;
    const each = codes ? `主播/host ${codes.host} · 助播/assistant ${codes.assistant} · 运营/producer ${codes.producer}` : hub.joinCode;
    io.stderr.write(`局域网加入 / LAN: open ${where} on another device and enter the join code of its role 加入口令 ${each}\n`);
  }
  io.stderr.write(`prompter (host): ${hub.prompterUrl}\nrundown (producer): ${hub.producerUrl}\n${ingest ? 'source: ingest (no simulator)' : `seed ${seed}, preset ${preset}`}. Ctrl+C to stop.\n`);
  await io.stopSignal;
  await hub.close();
  return 0;
}
