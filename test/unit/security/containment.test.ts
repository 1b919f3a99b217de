import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testHub, type TestHub } from '../../support/testHub';

/** Issue 11 finding 1: a request cut off mid-body, or a stalled one, never reaches the process. */
let t: TestHub;
beforeEach(async () => { t = await testHub(); });
afterEach(async () => { await t.dispose(); });

/** Sends headers promising `length` bytes, then `sent` bytes, then (optionally) cuts the connection. */
function partialUpload(port: number, path: string, token: string, length: number, sent: number, cut: boolean): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.write(`POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/octet-stream\r\nContent-Length: ${length}\r\n\r\n`);
      s.write(Buffer.alloc(sent, 0x41));
      if (cut) setTimeout(() => { s.destroy(); resolve('cut'); }, 50);
    });
    let got = '';
    s.on('data', (b) => { got += b.toString(); });
    s.on('close', () => resolve(got));
    s.on('error', () => resolve(got));
  });
}

describe('every request is contained', () => {
  it.each(['/api/import', '/api/export/xlsx', '/api/documents/x'])('an upload to %s cut off mid-body leaves /healthz answering', async (path) => {
    for (let i = 0; i < 3; i++) await partialUpload(t.hub.port, path, t.hub.token, 5000, 100, true);
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`${t.hub.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('times out a stalled upload with 408 and keeps serving', async () => {
    const { readBody } = await import('../../../electron/hub/http/body');
    const { IncomingMessage } = await import('node:http');
    const { Socket } = await import('node:net');
    const req = new IncomingMessage(new Socket());
    const r = await readBody(req, 1000, { totalMs: 200, idleMs: 50 });
    expect(r).toBe('timeout');
    expect((await fetch(`${t.hub.url}/healthz`)).status).toBe(200);
  });

  it('answers a handler that throws with 500, not a crash', async () => {
    const { startHub } = await import('../../../electron/hub/hub');
    const hub = await startHub({ source: null, staticDir: '/nonexistent', dataDir: t.hub.dataDir + '-2', routes: [{ method: 'POST', path: '/api/boom', roles: ['producer'], handle: () => { throw new Error('boom'); } }] });
    try {
      const res = await fetch(`${hub.url}/api/boom`, { method: 'POST', headers: { authorization: `Bearer ${hub.token}` }, body: 'x' });
      expect(res.status).toBe(500);
      expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
    } finally { await hub.close(); }
  });

  it('logs, and does not exit on, an unhandled rejection that slips through (child process)', () => {
    const script = fileURLToPath(new URL('../../support/rejectingHub.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('{"alive":true}');
    expect(r.stderr).toContain('unhandled promise rejection (kept running)');
    expect(r.stderr).toContain('injected rejection');
  });
});

describe('headers on every response', () => {
  it('sends a CSP whose connect-src is only the hub itself, on pages, /healthz and /api', async () => {
    for (const path of ['/', '/healthz', '/api/review', '/nope']) {
      const res = await fetch(`${t.hub.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${t.hub.port};`);
      expect(csp).not.toMatch(/connect-src[^;]*(ws:|wss:)(\s|;)/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('/healthz tells liveness only, unless a credential is shown; refuses a foreign Host (DNS rebinding)', async () => {
    expect(await (await fetch(`${t.hub.url}/healthz`)).json()).toEqual({ ok: true });
    const full = await (await fetch(`${t.hub.url}/healthz`, { headers: { authorization: `Bearer ${t.hub.tokenFor('host')}` } })).json() as Record<string, unknown>;
    expect(full).toMatchObject({ ok: true, roomId: 'main' });
    const rebound = await new Promise<string>((resolve) => {
      const s = connect(t.hub.port, '127.0.0.1', () => s.write(`GET /healthz HTTP/1.1\r\nHost: evil.example:${t.hub.port}\r\nConnection: close\r\n\r\n`));
      let got = '';
      s.on('data', (b) => { got += b.toString(); });
      s.on('close', () => resolve(got));
    });
    expect(rebound).toMatch(/^HTTP\/1\.1 421/);
    expect(rebound).not.toContain('roomId');
  });

  it('exports a workbook whose sheet names are hostile (clean names, not 500)', async () => {
    const sheets = ["'History'", 'History', 'a[b]:c*?/\\', '\u202Eevil\u0000', 'X'.repeat(31), 'x'.repeat(31), "'"].map((name) => ({ name, rows: [['a']] }));
    const res = await fetch(`${t.hub.url}/api/export/xlsx`, { method: 'POST', headers: { authorization: `Bearer ${t.hub.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ title: 't', sheets }) });
    expect(res.status).toBe(200);
    const { sheetName } = await import('../../../electron/hub/documents/exportXlsx');
    const used = new Set<string>();
    const names = sheets.map((s) => sheetName(s.name, used));
    expect(names[0]).toBe('History_');
    expect(names[2]).toBe('a b  c');
    expect(names[3]).toBe('evil');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });
});
