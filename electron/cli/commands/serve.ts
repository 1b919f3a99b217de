import { SIM_PRESETS, type SimPreset } from '../../../shared/sim/simulator';
import { defaultDataDir, lanAddresses, startHub } from '../../hub';
import { networkInterfaces } from 'node:os';
import { type CliIo, intFlag, parseFlags, UsageError } from '../io';

/** `livedeck serve`: hub + simulated room + web console; prints one `LiveDeck ready: <url>` line. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(args, ['port', 'seed', 'host', 'preset', 'data-dir'], ['fresh']);
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = intFlag(flags, 'port', 0, 0, 65535);
  const seed = intFlag(flags, 'seed', Math.floor(Date.now() / 1000) % 100_000, 0, 2 ** 31 - 1);
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const preset = (flags.preset ?? 'medium') as SimPreset;
  if (!SIM_PRESETS.includes(preset)) throw new UsageError(`--preset must be one of ${SIM_PRESETS.join(', ')}`);
  const dataDir = typeof flags['data-dir'] === 'string' ? flags['data-dir'] : defaultDataDir();

  const hub = await startHub({ host, port, seed, preset, dataDir, ...(flags.fresh === true ? { resume: false } : {}) });
  io.stdout.write(`LiveDeck ready: ${hub.consoleUrl}\n`);
  const report = hub.journal?.report;
  if (report) io.stderr.write(`resumed the session journaled in ${dataDir} (start a new one with --fresh)\n`);
  if (hub.joinCode) {
    const addresses = lanAddresses(networkInterfaces());
    const where = addresses.length ? addresses.map((a) => `http://${a}:${hub.port}/`).join('  ') : `http://<this machine's address>:${hub.port}/`;
    const codes = hub.joinCodes;
    const each = codes ? `主播/host ${codes.host} · 助播/assistant ${codes.assistant} · 运营/producer ${codes.producer}` : hub.joinCode;
    io.stderr.write(`局域网加入 / LAN: open ${where} on another device and enter the join code of its role 加入口令 ${each}\n`);
  }
  io.stderr.write(`prompter (host): ${hub.prompterUrl}\nrundown (producer): ${hub.producerUrl}\nseed ${seed}, preset ${preset}. Ctrl+C to stop.\n`);
  await io.stopSignal;
  await hub.close();
  return 0;
}
