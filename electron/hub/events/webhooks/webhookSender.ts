import { randomUUID } from 'node:crypto';
import { WEBHOOK_BATCH, WEBHOOK_HEADERS, type RoomEvent, type WebhookDelivery } from '../../../../shared/protocol/roomEvents';
import type { WebhookError, WebhookErrorCode, WebhookStatus } from '../../../../shared/protocol/webhooks';
import { signBody } from './sign';
import type { WebhookConfig } from './webhookStore';

export interface DeliveryPolicy {
  /** Attempts per delivery before it is given up. Default 5. */
  maxAttempts: number;
  /** Wait before the 2nd attempt; doubled each further one (capped at maxDelayMs). Default 1 s. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** One attempt's time limit. Default 5 s. */
  timeoutMs: number;
  /** Events waiting per webhook, at most; beyond it the oldest are dropped (and counted). Default 500. */
  maxQueue: number;
}
export const DEFAULT_DELIVERY: DeliveryPolicy = { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000, timeoutMs: 5000, maxQueue: 500 };

interface Pending { id: string; events: RoomEvent[]; attempt: number; test: boolean }

const NETWORK_DOWN = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET']);

/** Why an attempt threw (fetch's errors), as a code. */
export function failureCode(err: unknown, timedOut: boolean): WebhookErrorCode {
  if (timedOut) return 'timeout';
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return NETWORK_DOWN.has(code) ? 'unreachable' : code.includes('TIMEOUT') ? 'timeout' : 'network';
}

/**
 * One webhook's deliveries: a bounded queue of its events, sent one delivery at a time (at most
 * WEBHOOK_BATCH events each, oldest first), signed, retried with exponential backoff, then given
 * up. Sending is asynchronous and never awaited by the hub; a dead receiver costs a bounded queue
 * and a timer.
 */
export class WebhookSender {
  private queue: RoomEvent[] = [];
  private current: Pending | null = null;
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private abort: AbortController | null = null;
  private closed = false;
  private readonly st: Omit<WebhookStatus, 'id' | 'url' | 'events' | 'createdAt' | 'secretHint' | 'queued'> = {
    state: 'idle', delivered: 0, failures: 0, dropped: 0, lastDeliveryAt: null, lastError: null,
  };

  constructor(readonly config: WebhookConfig, private readonly policy: DeliveryPolicy, private readonly now: () => number) {}

  status(): WebhookStatus {
    const c = this.config;
    return {
      id: c.id, url: c.url, events: c.events, createdAt: c.createdAt, secretHint: c.secret.slice(-4),
      ...this.st, queued: this.queue.length + (this.current?.events.length ?? 0),
    };
  }

  enqueue(events: readonly RoomEvent[]): void {
    if (this.closed) return;
    const wanted = events.filter((e) => this.config.events.includes(e.type));
    if (!wanted.length) return;
    this.queue.push(...wanted);
    const over = this.queue.length - this.policy.maxQueue;
    if (over > 0) {
      this.queue.splice(0, over);
      this.st.dropped += over;
    }
    this.kick();
  }

  /** A delivery with no events (`test: true`), sent next. */
  test(): void {
    if (this.closed) return;
    if (!this.current) this.current = { id: randomUUID(), events: [], attempt: 0, test: true };
    this.kick();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.abort?.abort();
    this.queue = [];
  }

  private kick(): void {
    if (this.busy || this.timer || this.closed) return;
    if (!this.current) {
      if (!this.queue.length) return;
      this.current = { id: randomUUID(), events: this.queue.splice(0, WEBHOOK_BATCH), attempt: 0, test: false };
    }
    this.busy = true;
    void this.attempt(this.current);
  }

  private async attempt(d: Pending): Promise<void> {
    d.attempt++;
    const sentAt = this.now();
    const delivery: WebhookDelivery = { deliveryId: d.id, webhookId: this.config.id, sentAt, events: d.events, ...(d.test ? { test: true } : {}) };
    const body = JSON.stringify(delivery);
    let error: WebhookError | null = null;
    let timedOut = false;
    const abort = (this.abort = new AbortController());
    const limit = setTimeout(() => { timedOut = true; abort.abort(); }, this.policy.timeoutMs);
    try {
      const res = await fetch(this.config.url, {
        method: 'POST', body, redirect: 'manual', signal: abort.signal,
        headers: {
          'content-type': 'application/json', 'user-agent': 'LiveDeck-Webhook/1',
          [WEBHOOK_HEADERS.signature]: signBody(this.config.secret, body),
          [WEBHOOK_HEADERS.delivery]: d.id,
          [WEBHOOK_HEADERS.timestamp]: String(sentAt),
        },
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status < 200 || res.status >= 300) error = { code: 'http_status', status: res.status, at: this.now() };
    } catch (err) {
      error = { code: failureCode(err, timedOut), at: this.now() };
    } finally {
      clearTimeout(limit);
      this.abort = null;
    }
    this.busy = false;
    if (this.closed) return;
    if (!error) {
      this.st.delivered++;
      this.st.state = 'ok';
      this.st.lastDeliveryAt = this.now();
      this.current = null;
      return this.kick();
    }
    this.st.lastError = error;
    if (d.attempt >= this.policy.maxAttempts) {
      this.st.failures++;
      this.st.state = 'failed';
      this.current = null;
      return this.kick();
    }
    this.st.state = 'retrying';
    const wait = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (d.attempt - 1));
    this.timer = setTimeout(() => { this.timer = null; this.kick(); }, wait);
  }
}
