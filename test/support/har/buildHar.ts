/**
 * Builds HAR 1.2 files the way browsers save them (DevTools → Network → "Save all as HAR"):
 * Chrome/Edge (creator WebInspector, 2-space indented, `_resourceType`, `_transferSize`, timings
 * with `_blocked_queueing`) or Firefox (compact, creator Firefox, `browser`). Bodies can be plain,
 * base64, missing, or cut short (content.size keeps the full length, as a truncated export does).
 */
export interface HarEntrySpec {
  url: string;
  /** Epoch ms the request started. */
  startedAt: number;
  /** Total time until the response was complete, ms (default 120). */
  timeMs?: number;
  method?: string;
  status?: number;
  mimeType?: string;
  /** Response text; null/undefined: no `text` in the content (Chrome leaves it out for some resources). */
  body?: string | null;
  /** Write the body base64-encoded (`content.encoding: "base64"`). */
  base64?: boolean;
  /** Keep only this many characters of the body; content.size stays the full size. */
  cutTo?: number;
  /** Request body (POST). */
  postData?: string;
  resourceType?: 'fetch' | 'xhr' | 'image' | 'script' | 'stylesheet' | 'ping' | 'document' | 'font';
}

export interface HarOptions {
  browser?: 'chrome' | 'firefox';
  pageUrl?: string;
  pageTitle?: string;
}

const enc = new TextEncoder();
const iso = (ms: number) => new Date(ms).toISOString();

function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function entry(spec: HarEntrySpec, browser: 'chrome' | 'firefox', pageref: string): Record<string, unknown> {
  const time = spec.timeMs ?? 120;
  const status = spec.status ?? 200;
  const mimeType = spec.mimeType ?? 'application/json';
  const full = spec.body ?? null;
  const size = full === null ? 0 : enc.encode(full).length;
  const kept = full === null ? null : spec.cutTo !== undefined ? full.slice(0, spec.cutTo) : full;
  const content: Record<string, unknown> = { size, mimeType };
  if (kept !== null) {
    if (spec.base64) {
      content.text = Buffer.from(kept, 'utf8').toString('base64');
      content.encoding = 'base64';
    } else content.text = kept;
  }
  const host = (() => { try { return new URL(spec.url).host; } catch { return ''; } })();
  const method = spec.method ?? (spec.postData ? 'POST' : 'GET');
  const request: Record<string, unknown> = {
    method,
    url: spec.url,
    httpVersion: browser === 'chrome' ? 'http/2.0' : 'HTTP/2',
    headers: [
      { name: ':authority', value: host },
      { name: 'accept', value: 'application/json, text/plain, */*' },
      { name: 'accept-language', value: 'zh-CN,zh;q=0.9' },
      { name: 'user-agent', value: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36' },
    ],
    queryString: queryString(spec.url),
    cookies: [],
    headersSize: -1,
    bodySize: spec.postData ? enc.encode(spec.postData).length : 0,
    ...(spec.postData ? { postData: { mimeType: 'application/json;charset=UTF-8', text: spec.postData } } : {}),
  };
  const response: Record<string, unknown> = {
    status,
    statusText: status === 200 ? (browser === 'chrome' ? '' : 'OK') : status === 500 ? 'Internal Server Error' : '',
    httpVersion: request.httpVersion,
    headers: [
      { name: 'content-type', value: `${mimeType}; charset=utf-8` },
      { name: 'date', value: new Date(spec.startedAt).toUTCString() },
      { name: 'server', value: 'Tengine' },
    ],
    cookies: [],
    content,
    redirectURL: '',
    headersSize: -1,
    bodySize: -1,
    ...(browser === 'chrome' ? { _transferSize: size + 300, _error: null, _fetchedViaServiceWorker: false } : {}),
  };
  const wait = Math.max(1, Math.round(time * 0.7));
  const timings = {
    blocked: 1.2, dns: -1, ssl: -1, connect: -1, send: 0.3, wait, receive: Math.max(0, time - wait - 1.5),
    ...(browser === 'chrome' ? { _blocked_queueing: 0.8, _workerStart: -1, _workerReady: -1, _workerFetchStart: -1, _workerRespondWithSettled: -1 } : {}),
  };
  const base = { pageref, startedDateTime: iso(spec.startedAt), time, request, response, cache: {}, timings };
  return browser === 'chrome'
    ? { _initiator: { type: 'script' }, _priority: 'High', _resourceType: spec.resourceType ?? 'fetch', ...base, serverIPAddress: '203.0.113.7', _connectionId: '12345', connection: '443' }
    : { ...base, serverIPAddress: '203.0.113.7', connection: '443' };
}

/** A HAR document (an object; JSON.stringify it, or use harText). */
export function buildHar(specs: HarEntrySpec[], opts: HarOptions = {}): Record<string, unknown> {
  const browser = opts.browser ?? 'chrome';
  const first = specs.reduce((m, s) => Math.min(m, s.startedAt), Infinity);
  const page = {
    startedDateTime: iso(Number.isFinite(first) ? first - 2000 : 0),
    id: browser === 'chrome' ? 'page_1' : 'page_1',
    title: opts.pageTitle ?? opts.pageUrl ?? 'https://buyin.jinritemai.com/dashboard/live/control',
    pageTimings: { onContentLoad: 1830.4, onLoad: 2744.1 },
  };
  const creator = browser === 'chrome' ? { name: 'WebInspector', version: '537.36' } : { name: 'Firefox', version: '121.0' };
  return {
    log: {
      version: '1.2',
      creator,
      ...(browser === 'firefox' ? { browser: { name: 'Firefox', version: '121.0' } } : {}),
      pages: [page],
      entries: specs.map((s) => entry(s, browser, page.id)),
    },
  };
}

/** The HAR as the browser writes it to disk: Chrome indents by 2 spaces, Firefox writes it compact. */
export function harText(specs: HarEntrySpec[], opts: HarOptions = {}): string {
  const har = buildHar(specs, opts);
  return (opts.browser ?? 'chrome') === 'chrome' ? JSON.stringify(har, null, 2) : JSON.stringify(har);
}
