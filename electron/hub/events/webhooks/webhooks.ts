import { randomBytes } from 'node:crypto';
import type { RoomEvent, RoomEventType } from '../../../../shared/protocol/roomEvents';
import { MAX_WEBHOOKS, type WebhookStatus } from '../../../../shared/protocol/webhooks';
import { DEFAULT_DELIVERY, WebhookSender, type DeliveryPolicy } from './webhookSender';
import { loadWebhooks, saveWebhooks, type WebhookConfig } from './webhookStore';

export interface Webhooks {
  list(): WebhookStatus[];
  /** Adds one (persisted); the secret is made when not given. Null when the list is full. */
  add(spec: { url: string; events: RoomEventType[]; secret?: string }): Promise<{ webhook: WebhookStatus; secret: string } | null>;
  remove(id: string): Promise<boolean>;
  /** Queues a test delivery; false when there is no such webhook. */
  test(id: string): WebhookStatus | null;
  /** Hands the room's events to every webhook that wants them (never blocks). */
  publish(events: readonly RoomEvent[]): void;
  close(): void;
}

/** The producer's outgoing webhooks: saved in `<dataDir>/webhooks.json`, each with its own sender. */
export function createWebhooks(opts: { dataDir: string; now: () => number; delivery?: Partial<DeliveryPolicy> }): Webhooks {
  const policy: DeliveryPolicy = { ...DEFAULT_DELIVERY, ...opts.delivery };
  const senders = new Map<string, WebhookSender>();
  for (const c of loadWebhooks(opts.dataDir)) senders.set(c.id, new WebhookSender(c, policy, opts.now));
  const configs = (): WebhookConfig[] => [...senders.values()].map((s) => s.config);
  // Saves run one after another, each writing the list as it is then.
  let saving: Promise<void> = Promise.resolve();
  const save = () => (saving = saving.catch(() => undefined).then(() => saveWebhooks(opts.dataDir, configs())));

  return {
    list: () => [...senders.values()].map((s) => s.status()),
    async add(spec) {
      if (senders.size >= MAX_WEBHOOKS) return null;
      const url = new URL(spec.url).toString();
      const config: WebhookConfig = {
        id: `wh_${randomBytes(6).toString('hex')}`, url, events: [...new Set(spec.events)],
        secret: spec.secret ?? randomBytes(24).toString('base64url'), createdAt: opts.now(),
      };
      const sender = new WebhookSender(config, policy, opts.now);
      senders.set(config.id, sender);
      try {
        await save();
      } catch (err) {
        senders.delete(config.id);
        throw err;
      }
      return { webhook: sender.status(), secret: config.secret };
    },
    async remove(id) {
      const sender = senders.get(id);
      if (!sender) return false;
      sender.close();
      senders.delete(id);
      await save();
      return true;
    },
    test(id) {
      const sender = senders.get(id);
      if (!sender) return null;
      sender.test();
      return sender.status();
    },
    publish(events) {
      for (const s of senders.values()) s.enqueue(events);
    },
    close() {
      for (const s of senders.values()) s.close();
    },
  };
}
