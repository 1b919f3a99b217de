import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_API } from '../../../shared/protocol/http';
import { WebhookDelivery, type RoomEvent } from '../../../shared/protocol/roomEvents';
import type { WebhookStatus } from '../../../shared/protocol/webhooks';
import { createWebhooks } from '../../../electron/hub/events/webhooks/webhooks';
import { WebhookSender } from '../../../electron/hub/events/webhooks/webhookSender';
import { testHub, type TestHub } from '../../support/testHub';

interface Received { headers: IncomingMessage['headers']; body: string }

/** A local receiver answering each delivery with the next status of `statuses` (then the last one). */
async function receiver(statuses: number[]): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => { body += c; }).on('end', () => {
      got.push({ headers: req.headers, body });
      res.writeHead(statuses[Math.min(got.length - 1, statuses.length - 1)]!).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, server };
}

async function until<T>(f: () => T | null | undefined | false, timeoutMs = 8000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What a receiver does with a delivery (docs/integrations.md). */
const verify = (secret: string, r: Received) =>
  r.headers['x-livedeck-signature'] === `sha256=${createHmac('sha256', secret).update(r.body).digest('hex')}`;

let t: TestHub;
const servers: Server[] = [];
beforeEach(async () => { t = await testHub({ webhooks: { baseDelayMs: 50, maxAttempts: 3, timeoutMs: 2000 } }); });
afterEach(async () => {
  await t.dispose();
  for (const s of servers.splice(0)) s.close();
});

const api = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${t.hub.url}${path}`, {
    method, headers: { authorization: `Bearer ${t.hub.token}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as unknown };
};
const takeNext = () => fetch(`${t.hub.url}/api/control/take-next?confirm=1`, { method: 'POST', headers: { authorization: `Bearer ${t.hub.credentials.issue('control', 'producer').secret}` } });

describe('outgoing webhooks', () => {
  it('delivers signed JSON; a 500 is retried (same delivery id) and then delivered; the status shows it', async () => {
    const rx = await receiver([500, 200]);
    servers.push(rx.server);
    const added = await api('POST', '/api/webhooks', { url: rx.url, events: ['on_air'], secret: 'a-secret-for-tests' });
    expect(added.status).toBe(200);
    const { webhook, secret } = HTTP_API.addWebhook.reply.parse(added.json);
    expect(secret).toBe('a-secret-for-tests');
    expect(webhook).toMatchObject({ state: 'idle', secretHint: 'ests', events: ['on_air'] });
    expect((await takeNext()).status).toBe(200);
    await until(() => rx.got.length >= 2);
    const [first, second] = rx.got as [Received, Received];
    expect(verify(secret, first)).toBe(true);
    expect(verify(secret, second)).toBe(true);
    expect(verify('another secret', second)).toBe(false);
    expect(first.headers['x-livedeck-delivery']).toBe(second.headers['x-livedeck-delivery']);
    expect(Number(second.headers['x-livedeck-timestamp'])).toBeGreaterThan(0);
    const delivery = WebhookDelivery.parse(JSON.parse(second.body));
    expect(delivery.webhookId).toBe(webhook.id);
    expect(delivery.events.map((e) => [e.type, e.type === 'on_air' ? e.data.slotId : null])).toEqual([['on_air', 's02']]);
    const status = await until(() => {
      const w = t.hub.webhooks.list()[0];
      return w?.state === 'ok' ? w : null;
    });
    expect(status).toMatchObject({ delivered: 1, failures: 0, queued: 0, lastError: { code: 'http_status', status: 500 } });
  });

  it('a dead receiver ends as failed after its attempts, shown by GET /api/webhooks; the hub keeps serving', async () => {
    const rx = await receiver([200]);
    const deadUrl = rx.url;
    await new Promise<void>((r) => rx.server.close(() => r()));
    const added = HTTP_API.addWebhook.reply.parse((await api('POST', '/api/webhooks', { url: deadUrl, events: ['on_air', 'cue'] })).json);
    expect(added.secret.length).toBeGreaterThanOrEqual(16);
    expect((await takeNext()).status).toBe(200);
    const failed = await until(() => {
      const w = t.hub.webhooks.list()[0];
      return w?.state === 'failed' ? w : null;
    });
    expect(failed).toMatchObject({ failures: 1, delivered: 0, lastError: { code: 'unreachable' } });
    const listed = HTTP_API.listWebhooks.reply.parse((await api('GET', '/api/webhooks')).json).webhooks;
    expect(listed.find((w) => w.id === added.webhook.id)).toMatchObject({ state: 'failed', failures: 1, lastError: { code: 'unreachable' } });
    expect((await fetch(`${t.hub.url}/api/control/state`, { headers: { authorization: `Bearer ${t.hub.credentials.issue('control', 'host').secret}` } })).status).toBe(200);
  });

  it('only the producer manages webhooks; a bad URL is refused; remove and test work; the list is kept in the data dir', async () => {
    const asAssistant = await fetch(`${t.hub.url}/api/webhooks`, { headers: { authorization: `Bearer ${t.hub.tokenFor('assistant')}` } });
    expect(asAssistant.status).toBe(403);
    expect((await fetch(`${t.hub.url}/api/webhooks`, { headers: { authorization: `Bearer ${t.hub.credentials.issue('control', 'producer').secret}` } })).status).toBe(403); // wrong kind of credential
    expect((await api('POST', '/api/webhooks', { url: 'file:///etc/passwd', events: ['on_air'] })).status).toBe(400);
    expect((await api('POST', '/api/webhooks', { url: 'http://u:p@127.0.0.1/', events: ['on_air'] })).status).toBe(400);
    expect((await api('POST', '/api/webhooks', { url: 'http://127.0.0.1/', events: [] })).status).toBe(400);
    const rx = await receiver([200]);
    servers.push(rx.server);
    const { webhook, secret } = HTTP_API.addWebhook.reply.parse((await api('POST', '/api/webhooks', { url: rx.url, events: ['comment'] })).json);
    const saved = JSON.parse(readFileSync(join(t.hub.dataDir, 'webhooks.json'), 'utf8')) as { webhooks: Array<{ id: string; secret: string }> };
    expect(saved.webhooks).toEqual([expect.objectContaining({ id: webhook.id, secret })]);
    expect((await api('POST', `/api/webhooks/${webhook.id}/test`)).status).toBe(200);
    await until(() => rx.got.length >= 1);
    expect(WebhookDelivery.parse(JSON.parse(rx.got[0]!.body))).toMatchObject({ test: true, events: [] });
    expect(verify(secret, rx.got[0]!)).toBe(true);
    expect((await api('DELETE', `/api/webhooks/${webhook.id}`)).status).toBe(200);
    expect((await api('DELETE', `/api/webhooks/${webhook.id}`)).status).toBe(404);
    expect(HTTP_API.listWebhooks.reply.parse((await api('GET', '/api/webhooks')).json).webhooks).toEqual([]);
  });

  it('a saved webhook comes back after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ld-wh-'));
    try {
      const a = createWebhooks({ dataDir: dir, now: Date.now });
      const added = await a.add({ url: 'http://127.0.0.1:9/x', events: ['alert'] });
      a.close();
      const b = createWebhooks({ dataDir: dir, now: Date.now });
      expect(b.list().map((w: WebhookStatus) => [w.id, w.url, w.events])).toEqual([[added!.webhook.id, 'http://127.0.0.1:9/x', ['alert']]]);
      b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a receiver down for long costs a bounded queue: the oldest events are dropped and counted', () => {
    const sender = new WebhookSender(
      { id: 'w', url: 'http://127.0.0.1:9/', events: ['comment'], secret: 'secret-123', createdAt: 0 },
      { maxAttempts: 1000, baseDelayMs: 60_000, maxDelayMs: 60_000, timeoutMs: 1000, maxQueue: 100 }, Date.now,
    );
    const ev = (i: number): RoomEvent => ({ id: `e${i}`, at: 1, roomId: 'main', type: 'comment', data: { commentId: `c${i}`, nickname: 'n', text: 't', intent: 'chitchat', topic: null, productId: null } });
    for (let i = 0; i < 5000; i++) sender.enqueue([ev(i)]);
    const s = sender.status();
    expect(s.queued).toBeLessThanOrEqual(100 + 50);
    expect(s.dropped).toBeGreaterThanOrEqual(5000 - 150);
    sender.close();
  });
});
