import { apiError, type RouteHandlers } from '../../http/route';
import type { Webhooks } from './webhooks';

type WebhookRoute = 'listWebhooks' | 'addWebhook' | 'removeWebhook' | 'testWebhook';

/** The producer's webhook routes (shared/protocol/http.ts): list with status, add, remove, test. */
export function webhookRoutes(webhooks: Webhooks): RouteHandlers<WebhookRoute> {
  return {
    listWebhooks: () => ({ status: 200, json: { ok: true, webhooks: webhooks.list() } }),
    addWebhook: async ({ body }) => {
      const added = await webhooks.add(body);
      if (!added) return apiError(409, 'too_many', '网络钩子已达上限 / too many webhooks');
      return { status: 200, json: { ok: true, ...added } };
    },
    removeWebhook: async ({ params }) => (await webhooks.remove(params.id)
      ? { status: 200, json: { ok: true } } : apiError(404, 'not_found', '没有这个网络钩子 / no such webhook')),
    testWebhook: ({ params }) => {
      const webhook = webhooks.test(params.id);
      return webhook ? { status: 200, json: { ok: true, webhook } } : apiError(404, 'not_found', '没有这个网络钩子 / no such webhook');
    },
  } satisfies RouteHandlers<WebhookRoute>;
}
