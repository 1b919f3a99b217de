import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { DouyinRules } from '../../../shared/connectors/douyin';
import type { ActionResult, SourceAction } from '../../../shared/protocol/source';
import { DOUYIN_ACTIONS } from './actions';
import { createCdpReader, type CdpLike } from './cdpReader';
import { connectHub } from './hubLink';
import { pageActions } from './pageActions';
import { createDouyinRuntime } from './runtime';

export { DOUYIN_ACTIONS };

export interface BrowserModeOptions {
  ingestUrl: string;
  rules: DouyinRules;
  /** The page to open (the Buyin console, the Compass screen, or a URL). */
  consoleUrl: string;
  profileDir: string;
  executablePath: string;
  headless: boolean;
  /** More Chromium switches (e.g. --no-sandbox when run as root). */
  extraArgs?: string[];
  /** The hub's room id the events are for. */
  roomId?: string;
  /** How often the logged-in marker is checked, ms. */
  loginPollMs?: number;
  log(line: string): void;
}

/** Why browser mode could not start, as a code (the CLI words it). */
export class BrowserModeFailure extends Error {
  constructor(readonly code: 'chromium_missing' | 'profile_busy', detail: string) {
    super(detail);
  }
}

/**
 * `livedeck connect douyin`: the system Chromium (playwright-core) with a persistent profile
 * directory, so the user logs in (QR) once; the page's own responses read over CDP; events to the
 * hub's ingest socket; actions from the hub done on the page. Resolves to a stop function.
 */
export async function startBrowserMode(opts: BrowserModeOptions): Promise<{ stop(): Promise<void>; closed: Promise<void> }> {
  let page: Page | null = null;
  const act = async (action: SourceAction): Promise<ActionResult> => {
    if (!page || page.isClosed()) return { ok: false, code: 'failed' };
    const actions = pageActions(page, opts.rules);
    return action.kind === 'explain' ? actions.explain(action.productId) : actions.reply(action.text, { pin: action.pin });
  };
  const link = await connectHub({
    ingestUrl: opts.ingestUrl, hello: { kind: 'douyin', actions: DOUYIN_ACTIONS }, onAction: act,
    onJoined: (ids) => { runtime.setProductIds(ids); runtime.resend(); },
    onDisconnect: (reason) => opts.log(`hub connection lost (${reason}); reconnecting…`),
  });
  const runtime = createDouyinRuntime({
    rules: opts.rules, roomId: opts.roomId ?? 'main', productIds: link.productIds,
    emit: (events) => link.events(events), onStatus: (s) => link.status(s),
  });

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(opts.profileDir, {
      executablePath: opts.executablePath, headless: opts.headless, viewport: null,
      args: ['--no-first-run', '--no-default-browser-check', '--disable-sync', ...(opts.extraArgs ?? [])],
    });
  } catch (err) {
    link.close();
    const msg = err instanceof Error ? err.message : String(err);
    throw new BrowserModeFailure(/ProcessSingleton|profile.*in use|SingletonLock/i.test(msg) ? 'profile_busy' : 'chromium_missing', msg);
  }
  page = context.pages()[0] ?? await context.newPage();
  const cdp = await context.newCDPSession(page);
  const reader = createCdpReader(cdp as unknown as CdpLike, { wants: runtime.wants, onResponse: runtime.onResponse });
  await reader.start();
  await page.goto(opts.consoleUrl).catch((e: unknown) => opts.log(`could not open ${opts.consoleUrl}: ${e instanceof Error ? e.message : String(e)}`));
  opts.log(`opened ${opts.consoleUrl} — log in there (scan the QR code) if asked; LiveDeck reads what the page shows.`);

  const actions = pageActions(page, opts.rules);
  let loggedIn = false;
  const poll = setInterval(() => {
    if (!page || page.isClosed()) return;
    void actions.loggedIn().then((on) => {
      if (on !== loggedIn) opts.log(on ? 'logged in: reading the room' : 'not logged in (yet)');
      loggedIn = on;
      runtime.setLoggedIn(on);
    });
  }, opts.loginPollMs ?? 1000);

  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  return {
    closed,
    async stop() {
      clearInterval(poll);
      reader.stop();
      link.close();
      await context.close().catch(() => undefined);
    },
  };
}
