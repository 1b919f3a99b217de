import type { RouteHandlers } from './route';

/** GET /api/whoami: the role the caller's credential opens (the join screen's role follows the code). */
export function sessionRoutes(): RouteHandlers<'whoami'> {
  return { whoami: (req) => ({ status: 200, json: { ok: true, role: req.role } }) } satisfies RouteHandlers<'whoami'>;
}
