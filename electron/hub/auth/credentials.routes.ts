import { apiError, type RouteHandlers } from '../http/route';
import type { CredentialLinks } from './credentialLinks';

const REFUSED = {
  own_credential: [409, '不能在界面里重置运营自己的口令（会把本页锁在外面）/ the producer\'s own UI token cannot be regenerated from the UI'],
  role_required: [400, '这种口令需要指定角色 / this kind of credential needs a role'],
} as const;

/** GET /api/credentials and POST /api/credentials/rotate: the producer's tokens & links panel. */
export function credentialRoutes(links: CredentialLinks): RouteHandlers<'listCredentials' | 'rotateCredential'> {
  return {
    listCredentials: () => ({ status: 200, json: { ok: true, links: links.list() } }),
    rotateCredential: ({ body }) => {
      const r = links.rotate(body.kind, body.role);
      if (!r.ok) return apiError(REFUSED[r.code][0], r.code, REFUSED[r.code][1]);
      return { status: 200, json: { ok: true, link: r.link } };
    },
  } satisfies RouteHandlers<'listCredentials' | 'rotateCredential'>;
}
