// The one-time "open in browser" link: hub codes (single use, 60 s), the HTTP exchange, and the
// renderer taking the token from the cookie.
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../../../electron/hub';
import { createHandoffs, MAX_PENDING_HANDOFFS } from '../../../electron/hub/http/handoff';
import { HANDOFF_COOKIE, HANDOFF_TTL_MS } from '../../../shared/protocol/handoff';
import { takeHandoffToken } from '../../../renderer/src/services/handoff';

const TOKEN = 'T0ken_of-the-launch-abcdefghijkl';
const GRANT = { token: TOKEN, role: 'assistant' as const, route: 'console' };

describe('createHandoffs', () => {
  it('redeems a code once', () => {
    const h = createHandoffs({ now: () => 0 });
    const code = h.issue(GRANT);
    expect(code).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(h.redeem(code)).toEqual(GRANT);
    expect(h.redeem(code)).toBeNull();
  });

  it('expires a code 60 s after it was issued, and spends it', () => {
    let t = 1_000;
    const h = createHandoffs({ now: () => t });
    const late = h.issue(GRANT);
    const inTime = h.issue(GRANT);
    t += HANDOFF_TTL_MS - 1;
    expect(h.redeem(inTime)).toEqual(GRANT);
    t += 1;
    expect(h.redeem(late)).toBeNull();
    expect(h.pending()).toBe(0);
  });

  it('gives every code its own value, keeps only a few waiting, and knows no made-up code', () => {
    const h = createHandoffs({ now: () => 0 });
    const codes = Array.from({ length: MAX_PENDING_HANDOFFS + 3 }, () => h.issue(GRANT));
    expect(new Set(codes).size).toBe(codes.length);
    expect(h.pending()).toBe(MAX_PENDING_HANDOFFS);
    expect(h.redeem(codes[0]!)).toBeNull();
    expect(h.redeem(codes.at(-1)!)).toEqual(GRANT);
    expect(h.redeem('constructor')).toBeNull();
    expect(h.redeem('')).toBeNull();
  });

  it('refuses a token that could not travel in a cookie', () => {
    expect(() => createHandoffs().issue({ ...GRANT, token: 'a;b=c' })).toThrow(/cookie/);
  });
});

describe('GET /handoff on a running hub', () => {
  let hub: Hub;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'livedeck-handoff-'));
    hub = await startHub({ token: TOKEN, dataDir, journal: false, source: null });
  });
  afterAll(async () => {
    await hub.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

  it('issues a link without the token, redirects once with the token in a short-lived cookie only', async () => {
    const link = hub.issueHandoff();
    expect(link).toMatch(new RegExp(`^${hub.url}/handoff\\?code=[A-Za-z0-9_-]{43}$`));
    expect(link).not.toContain(TOKEN);

    const first = await get(link);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/?role=assistant#/console');
    expect(first.headers.location).not.toContain(TOKEN);
    // The hand-off carries the assistant's own credential (the role follows it), never the launch secret.
    expect(first.headers['set-cookie']).toEqual([`${HANDOFF_COOKIE}=${hub.tokenFor('assistant')}; Path=/; Max-Age=60; SameSite=Strict`]);
    expect(hub.tokenFor('assistant')).not.toBe(TOKEN);
    expect(first.headers['cache-control']).toBe('no-store');

    const again = await get(link);
    expect(again.status).toBe(410);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).not.toContain(TOKEN);
  });

  it('does not spend a code on HEAD and refuses a made-up code', async () => {
    const link = hub.issueHandoff();
    expect((await get(link, 'HEAD')).status).toBe(405);
    expect((await get(`${hub.url}/handoff?code=${'A'.repeat(43)}`)).status).toBe(410);
    expect((await get(`${hub.url}/handoff`)).status).toBe(410);
    expect((await get(link)).status).toBe(303);
  });
});

describe('takeHandoffToken (renderer)', () => {
  const jar = (initial: string) => {
    const writes: string[] = [];
    return { doc: { get cookie() { return initial; }, set cookie(v: string) { writes.push(v); } }, writes };
  };

  it('takes the token from the cookie and deletes the cookie', () => {
    const j = jar(`theme=dark; ${HANDOFF_COOKIE}=${TOKEN}`);
    expect(takeHandoffToken(j.doc)).toBe(TOKEN);
    expect(j.writes).toEqual([`${HANDOFF_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict`]);
  });

  it('returns null without the cookie, and deletes a malformed one without using it', () => {
    const none = jar('theme=dark');
    expect(takeHandoffToken(none.doc)).toBeNull();
    expect(none.writes).toEqual([]);
    const bad = jar(`${HANDOFF_COOKIE}=<script>`);
    expect(takeHandoffToken(bad.doc)).toBeNull();
    expect(bad.writes).toHaveLength(1);
  });
});
