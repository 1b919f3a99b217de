import { createRequire } from 'node:module';
import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildCsp, parseCsp, withCspHeader } from '../../../electron/shell/csp';
import { cspForOrigin, hardenSession } from '../../../electron/shell/session';

const HUB = 'http://127.0.0.1:43117';

// Google's CSP Evaluator, the engine Electronegativity's CSP check runs (a dependency of it).
interface CspFinding { severity: number; directive: string; description: string }
interface CspEvaluatorModule {
  CspParser: new (csp: string) => { csp: unknown };
  CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): CspFinding[] };
  Version: { CSP3: unknown };
  severities: Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO', number>;
}
const requireFromEng = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'));
const cspEvaluator = requireFromEng('@doyensec/csp-evaluator') as CspEvaluatorModule;

describe('buildCsp', () => {
  const csp = parseCsp(buildCsp(HUB));

  it('allows scripts only from the hub: no unsafe-eval, no inline scripts', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(buildCsp(HUB)).not.toContain('unsafe-eval');
    expect(buildCsp(HUB)).not.toContain('wasm-unsafe-eval');
    expect(buildCsp(HUB)).not.toContain('*');
  });

  it('limits network connections to the hub over HTTP and its WebSocket', () => {
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:43117']);
    // Never a bare scheme (ws:, wss:, http:) that would let a page reach any host.
    for (const source of csp.get('connect-src')!) expect(source).not.toMatch(/^[a-z]+:$/);
    expect(parseCsp(buildCsp('https://hub.example:8443')).get('connect-src')).toEqual(["'self'", 'wss://hub.example:8443']);
  });

  it('blocks plugins, framing, forms and <base> hijacking', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('refuses an origin that is not a bare http(s) origin', () => {
    expect(() => buildCsp('http://127.0.0.1:43117/path')).toThrow();
    expect(() => buildCsp("http://127.0.0.1:1; script-src 'unsafe-eval'")).toThrow();
    expect(() => buildCsp('file:///x')).toThrow();
  });

  it("has no high or medium finding in Google's CSP Evaluator", () => {
    const { CspEvaluator, CspParser, Version, severities } = cspEvaluator;
    const findings = new CspEvaluator(new CspParser(buildCsp(HUB)).csp, Version.CSP3).evaluate();
    const serious = findings.filter((f) => [severities.HIGH, severities.SYNTAX, severities.MEDIUM, severities.HIGH_MAYBE].includes(f.severity));
    expect(serious).toEqual([]);
    // The only "maybe" left is the generic warning on script-src 'self' (JSONP, Angular or uploads
    // on the same origin): the hub serves only the built renderer and a JSON API, no uploads.
    const maybe = findings.filter((f) => f.severity === severities.MEDIUM_MAYBE).map((f) => f.directive);
    expect(maybe).toEqual(['script-src']);
    // Sanity: the evaluator does flag a weak policy.
    const weak = new CspEvaluator(new CspParser("script-src 'self' 'unsafe-eval' 'unsafe-inline'").csp, Version.CSP3).evaluate();
    expect(weak.some((f) => f.severity === severities.HIGH)).toBe(true);
  });
});

describe('withCspHeader', () => {
  it('adds our policy and keeps a policy the hub sent (both apply)', () => {
    const out = withCspHeader({ 'content-security-policy': ["default-src 'self'"], 'X-Frame-Options': 'DENY' }, 'P');
    expect(out['Content-Security-Policy']).toEqual(["default-src 'self'", 'P']);
    expect(out['X-Frame-Options']).toEqual(['DENY']);
    expect(Object.keys(out).filter((k) => k.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(withCspHeader(undefined, 'P')).toEqual({ 'Content-Security-Policy': ['P'] });
  });
});

type PermissionRequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
type PermissionCheckHandler = (wc: unknown, permission: string, requestingOrigin: string) => boolean;
type HeadersListener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void;

function fakeSession() {
  const state: {
    request?: PermissionRequestHandler;
    check?: PermissionCheckHandler;
    device?: () => boolean;
    filter?: { urls: string[] };
    headers?: HeadersListener;
    spellcheck?: boolean;
    download?: (event: { preventDefault(): void }, item: { getURL(): string }) => void;
  } = {};
  const ses = {
    setPermissionRequestHandler: (h: PermissionRequestHandler) => { state.request = h; },
    setPermissionCheckHandler: (h: PermissionCheckHandler) => { state.check = h; },
    setDevicePermissionHandler: (h: () => boolean) => { state.device = h; },
    setSpellCheckerEnabled: (on: boolean) => { state.spellcheck = on; },
    on: (name: string, l: NonNullable<typeof state.download>) => { if (name === 'will-download') state.download = l; },
    webRequest: { onHeadersReceived: (filter: { urls: string[] }, l: HeadersListener) => { state.filter = filter; state.headers = l; } },
  };
  return { ses: ses as unknown as Session, state };
}

describe('hardenSession', () => {
  it('denies permission requests and checks by default and grants the allow-list to the hub only', () => {
    const { ses, state } = fakeSession();
    const denied: string[] = [];
    hardenSession(ses, HUB, (p, from) => denied.push(`${p}@${from}`));
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      state.request!(null, permission, (g) => { granted = g; }, { requestingUrl: url });
      return granted;
    };
    expect(ask('media', `${HUB}/#/console`)).toBe(false);
    expect(ask('geolocation', `${HUB}/`)).toBe(false);
    expect(ask('notifications', `${HUB}/`)).toBe(false);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(ask('clipboard-sanitized-write', `${HUB}/`)).toBe(true);
    expect(denied).toEqual([`media@${HUB}/#/console`, `geolocation@${HUB}/`, `notifications@${HUB}/`, 'clipboard-sanitized-write@https://evil.example/']);
    expect(state.check!(null, 'clipboard-read', HUB)).toBe(false);
    expect(state.check!(null, 'fullscreen', HUB)).toBe(true);
    expect(state.check!(null, 'fullscreen', 'http://127.0.0.1:1')).toBe(false);
    expect(state.device!()).toBe(false);
    expect(state.spellcheck).toBe(false);
  });

  it('adds the CSP to hub responses only', () => {
    const { ses, state } = fakeSession();
    hardenSession(ses, HUB);
    expect(state.filter).toEqual({ urls: ['http://127.0.0.1/*'] });
    const respond = (url: string) => {
      let out: { responseHeaders?: Record<string, string[]> } | undefined;
      state.headers!({ url, responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => { out = r; });
      return out;
    };
    expect(respond(`${HUB}/index.html`)?.responseHeaders).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [buildCsp(HUB)] });
    expect(respond('http://127.0.0.1:9999/')).toEqual({});
  });
});

describe('hardenSession after the hub restarted on another port (LAN sharing)', () => {
  const NEXT = 'http://127.0.0.1:50123';

  it('recomputes the CSP for the new origin and stops serving it to the old one', () => {
    const { ses, state } = fakeSession();
    let origin: string | null = HUB;
    hardenSession(ses, () => origin);
    expect(state.filter).toEqual({ urls: ['http://127.0.0.1/*'] });
    const respond = (url: string) => {
      let out: { responseHeaders?: Record<string, string[]> } | undefined;
      state.headers!({ url, responseHeaders: {} }, (r) => { out = r; });
      return out?.responseHeaders?.['Content-Security-Policy'] ?? null;
    };
    expect(respond(`${HUB}/`)).toEqual([buildCsp(HUB)]);
    origin = NEXT;
    expect(respond(`${NEXT}/?token=t&role=host`)).toEqual([buildCsp(NEXT)]);
    expect(parseCsp(respond(`${NEXT}/`)![0]!).get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:50123']);
    expect(respond(`${HUB}/`)).toBeNull();
    origin = null;
    expect(respond(`${NEXT}/`)).toBeNull();
  });

  it('grants the hub permissions to the new origin only', () => {
    const { ses, state } = fakeSession();
    let origin = HUB;
    hardenSession(ses, () => origin);
    expect(state.check!(null, 'fullscreen', HUB)).toBe(true);
    origin = NEXT;
    expect(state.check!(null, 'fullscreen', NEXT)).toBe(true);
    expect(state.check!(null, 'fullscreen', HUB)).toBe(false);
    let granted: boolean | undefined;
    state.request!(null, 'clipboard-sanitized-write', (g) => { granted = g; }, { requestingUrl: `${HUB}/` });
    expect(granted).toBe(false);
  });

  it('refuses to start without a usable origin', () => {
    expect(() => hardenSession(fakeSession().ses, () => null)).toThrow(/origin/);
    expect(() => hardenSession(fakeSession().ses, 'http://127.0.0.1:1/path')).toThrow(/origin/);
  });

  it('builds each origin\'s CSP once', () => {
    const csp = cspForOrigin();
    const a = csp(HUB);
    expect(csp(HUB)).toBe(a);
    expect(csp(NEXT)).toBe(buildCsp(NEXT));
    expect(csp(HUB)).toBe(buildCsp(HUB));
  });
});
