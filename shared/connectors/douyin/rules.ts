import { z } from 'zod';
import { DOUYIN_FAMILIES, type DouyinFamily } from './types';

/**
 * The data file `assets/connectors/douyin.json`: which responses LiveDeck reads (URL patterns per endpoint
 * family), where the console window may navigate, how order statuses read, and the page selectors the
 * console runtime acts through. A page change is a data update, not a release.
 */

/** Response shapes the mappers know (one reader each; an endpoint names the shape its body has). */
export const DOUYIN_SHAPES = [
  'buyin_comment_info', // 巨量百应 中控台 comment poll: data.comment_infos[]
  'compass_messages', // 罗盘 大屏 message poll: data.messages.{comment, room_enter, room_like, room_follow, …}[]
  'compass_core_data', // 罗盘 大屏 core figures: data.core_data[{ index_name, value }]
  'compass_order_stream', // 罗盘 大屏 order stream: data[{ order_id, order_status, … }]
  'buyin_promotions', // 中控台 cart: data.promotions[{ promotion_id, product_id, min_price, … }]
] as const;
export type DouyinShape = (typeof DOUYIN_SHAPES)[number];

const isRegex = (s: string): boolean => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
};
const Pattern = z.string().min(1).max(500).refine(isRegex, { message: 'not a valid regular expression' });
const Selector = z.string().min(1).max(500);
const StatusList = z.array(z.union([z.number().int(), z.string().min(1).max(40)])).max(20);

export const DouyinEndpoint = z.object({
  /** Stable name, e.g. "compass.order_stream" (shown in health and docs). */
  id: z.string().min(1).max(80),
  family: z.enum(DOUYIN_FAMILIES),
  shape: z.enum(DOUYIN_SHAPES),
  /** Regex matched against `host + path` of the response URL (no scheme, no query), e.g. `^compass\.jinritemai\.com/…$`. */
  urlPattern: Pattern,
  /** HTTP methods read (default GET and POST). */
  methods: z.array(z.string().min(1).max(10)).max(8).optional(),
});
export type DouyinEndpoint = z.infer<typeof DouyinEndpoint>;

export const DouyinRulesSchema = z.object({
  version: z.number().int().min(1),
  /** Host suffixes the console window may navigate to (e.g. "jinritemai.com" allows buyin.jinritemai.com). */
  domains: z.array(z.string().min(3).max(100)).min(1).max(40),
  /** Start pages of the console window. */
  pages: z.object({ buyinConsole: z.string().min(1).max(500), compassScreen: z.string().min(1).max(500) }),
  endpoints: z.array(DouyinEndpoint).min(1).max(100),
  /** How `order_status` values (codes or the page's words) read as order transitions. */
  orderStatus: z.object({
    created: StatusList,
    paid: StatusList,
    cancelled: StatusList,
    refundRequested: StatusList,
    refunded: StatusList,
  }),
  /** CSS selectors (and button texts) the console runtime acts through. */
  selectors: z.object({
    /** Present only when the user is logged in (中控台 header). */
    loggedIn: Selector,
    /** Present only when logged in to 罗盘. */
    compassLoggedIn: Selector,
    /** One product row of the live cart. */
    productItem: Selector,
    /** Inside a product row: the element holding its id (or index). */
    productIdInItem: Selector,
    /** Inside a product row: the 讲解 / 取消讲解 button. */
    explainButton: Selector,
    explainText: z.string().min(1).max(20),
    cancelExplainText: z.string().min(1).max(20),
    /** The comment box, its send button and the 置顶 control. */
    commentInput: Selector,
    sendButton: Selector,
    pinToggle: Selector,
    /** Modal buttons that block the page (AFK prompt, end-of-live summary): closed before acting. */
    overlayClose: z.array(Selector).max(10),
  }),
});
export type DouyinRules = z.infer<typeof DouyinRulesSchema>;

/** Validates the parsed data file; a message instead of throwing. */
export function parseDouyinRules(json: unknown): DouyinRules | { error: string } {
  const r = DouyinRulesSchema.safeParse(json);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  return { error: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid rules' };
}

/** `host + path` of a URL, host lower-cased, without scheme, credentials, port, query or fragment. */
export function hostAndPath(url: string): string {
  let s = url.trim();
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(s);
  if (scheme) s = s.slice(scheme[0].length);
  const cut = s.search(/[?#]/);
  if (cut >= 0) s = s.slice(0, cut);
  const slash = s.indexOf('/');
  let host = slash >= 0 ? s.slice(0, slash) : s;
  const path = slash >= 0 ? s.slice(slash) : '/';
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  host = host.replace(/:\d+$/, '').toLowerCase();
  return host + path;
}

interface CompiledEndpoint { endpoint: DouyinEndpoint; re: RegExp; methods: readonly string[] }
const compiled = new WeakMap<DouyinRules, CompiledEndpoint[]>();
function compile(rules: DouyinRules): CompiledEndpoint[] {
  let list = compiled.get(rules);
  if (!list) {
    list = rules.endpoints.map((endpoint) => ({
      endpoint,
      re: new RegExp(endpoint.urlPattern),
      methods: (endpoint.methods ?? ['GET', 'POST']).map((m) => m.toUpperCase()),
    }));
    compiled.set(rules, list);
  }
  return list;
}

/** The endpoint a response belongs to, or null (then it is 'ignored'). Readers use it to skip fetching bodies of others. */
export function endpointFor(rules: DouyinRules, url: string, method = 'GET'): DouyinEndpoint | null {
  const target = hostAndPath(url);
  const m = method.toUpperCase();
  for (const c of compile(rules)) {
    if (c.methods.includes(m) && c.re.test(target)) return c.endpoint;
  }
  return null;
}

/** Whether the console window may navigate to `url` (https only, host within the allow-list). */
export function isAllowedNavigation(rules: DouyinRules, url: string): boolean {
  if (!/^https:\/\//i.test(url.trim())) return false;
  const hp = hostAndPath(url);
  const host = hp.slice(0, hp.indexOf('/') >= 0 ? hp.indexOf('/') : hp.length);
  return rules.domains.some((d) => {
    const dom = d.toLowerCase().replace(/^\./, '');
    return host === dom || host.endsWith(`.${dom}`);
  });
}

export type { DouyinFamily };
