import type { RouteHandlers } from '../http/route';
import type { ActionDesk } from './actionDesk';

/** POST /api/actions (assistant and producer) and POST /api/actions/kill (producer): the platform actions of issue 13. */
export function actionRoutes(desk: ActionDesk): RouteHandlers<'platformAction' | 'platformKill'> {
  return {
    platformAction: async ({ body, role }) => ({ status: 200, json: { ok: true, record: await desk.perform(body, { name: role, role }) } }),
    platformKill: ({ body, role }) => ({ status: 200, json: { ok: true, killed: desk.setKill(body.on, { name: role, role }) } }),
  } satisfies RouteHandlers<'platformAction' | 'platformKill'>;
}
