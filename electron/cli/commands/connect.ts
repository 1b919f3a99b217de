import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDouyinRules, parseDouyinRules, type DouyinRules } from '../../../shared/connectors/douyin';
import { BrowserModeFailure, startBrowserMode } from '../../connectors/douyin/browserMode';
import { HubLinkFailure } from '../../connectors/douyin/hubLink';
import { defaultDataDir } from '../../hub';
import { type CliIo, parseFlags, UsageError } from '../io';

const PLATFORMS = ['douyin'] as const;
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Why connecting failed, in words (Chinese / English), by code. */
const FAILURES: Record<string, string> = {
  bad_url: '接入地址无效：请粘贴 `livedeck serve --source ingest` 打印的 "LiveDeck ingest:" 地址 / not an ingest URL: paste the "LiveDeck ingest:" line of `livedeck serve --source ingest`',
  unreachable: '连不上中控台（hub 未运行或地址不对）/ cannot reach the hub (not running, or a wrong address)',
  unauthorized: '接入口令无效（hub 重启后口令会变）/ wrong ingest token (it changes when the hub restarts)',
  refused: 'hub 拒绝了连接器 / the hub refused the connector',
  chromium_missing: '找不到 Chromium：安装 chromium，或用 --chromium / CHROME_PATH 指定路径 / Chromium not found: install it, or point --chromium or CHROME_PATH at it',
  profile_busy: '浏览器资料目录正被另一个窗口使用 / the profile directory is in use by another browser window',
};

function consoleUrl(choice: string | undefined, rules: DouyinRules): string {
  if (choice === undefined || choice === 'buyin') return rules.pages.buyinConsole;
  if (choice === 'compass') return rules.pages.compassScreen;
  if (/^https?:\/\//i.test(choice)) return choice;
  throw new UsageError('--console must be buyin, compass or a URL');
}

function loadRules(file: string | undefined): DouyinRules {
  if (file === undefined) return defaultDouyinRules();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`--rules ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rules = parseDouyinRules(json);
  if ('error' in rules) throw new UsageError(`--rules ${file}: ${rules.error}`);
  return rules;
}

/**
 * `livedeck connect douyin --ingest URL [--profile DIR] [--console buyin|compass|URL] [--headless]
 * [--rules FILE] [--chromium PATH] [--room ID]`: the seller's own console in the system Chromium, read
 * over the DevTools protocol into the hub (browser mode of issue 13). Prints `LiveDeck connector: …`
 * once joined; runs until Ctrl+C or the browser window is closed.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(args, ['ingest', 'profile', 'console', 'rules', 'chromium', 'room'], ['headless']);
  const [platform, ...extra] = positionals;
  if (!platform || !(PLATFORMS as readonly string[]).includes(platform)) throw new UsageError(`name the platform: livedeck connect ${PLATFORMS.join('|')} --ingest URL`);
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (typeof flags.ingest !== 'string') throw new UsageError('--ingest URL is required (the "LiveDeck ingest:" line of `livedeck serve --source ingest`)');
  const rules = loadRules(typeof flags.rules === 'string' ? flags.rules : undefined);
  const url = consoleUrl(typeof flags.console === 'string' ? flags.console : undefined, rules);
  const executablePath = typeof flags.chromium === 'string' ? flags.chromium : process.env.CHROME_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(executablePath)) {
    io.stderr.write(`livedeck connect: ${FAILURES.chromium_missing} (${executablePath})\n`);
    return 1;
  }
  const profileDir = typeof flags.profile === 'string' ? flags.profile : join(defaultDataDir(), 'douyin-profile');

  let session: Awaited<ReturnType<typeof startBrowserMode>>;
  try {
    session = await startBrowserMode({
      ingestUrl: flags.ingest, rules, consoleUrl: url, profileDir, executablePath, headless: flags.headless === true,
      // Chromium refuses to run as root without it (containers, CI).
      extraArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
      ...(typeof flags.room === 'string' ? { roomId: flags.room } : {}),
      log: (line) => io.stderr.write(`${line}\n`),
    });
  } catch (e) {
    if (e instanceof HubLinkFailure || e instanceof BrowserModeFailure) {
      io.stderr.write(`livedeck connect: ${FAILURES[e.code]}${e.message ? ` (${e.message.split('\n')[0]})` : ''}\n`);
      return 1;
    }
    throw e;
  }
  io.stdout.write(`LiveDeck connector: douyin ${url} (profile ${profileDir})\n`);
  await Promise.race([io.stopSignal, session.closed]);
  await session.stop();
  return 0;
}
