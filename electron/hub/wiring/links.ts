import type { Role } from '../../../shared/protocol/common';
import { HANDOFF_PATH } from '../../../shared/protocol/handoff';
import type { Hub } from '../hubContract';
import type { CredentialRegistry } from '../auth/credentials';
import type { Handoffs } from '../http/handoff';

export type HubLinks = Pick<Hub, 'consoleUrl' | 'prompterUrl' | 'producerUrl' | 'overlayUrl' | 'controlUrl' | 'tokenFor' | 'joinCode' | 'joinCodes' | 'issueHandoff'>;

/** The links a started hub prints and opens: each view with its role's credential, the overlay and control links, join codes, handoffs. */
export function hubLinks(url: string, credentials: CredentialRegistry, handoffs: Handoffs): HubLinks {
  const localToken = (role: Role) => credentials.issue('ui', role).secret;
  const withToken = (route: string, role: Role) => `${url}/?token=${encodeURIComponent(localToken(role))}&role=${role}#/${route}`;
  const codes = credentials.joinCodes();
  const overlayUrl = `${url}/?token=${encodeURIComponent(credentials.issue('overlay').secret)}#/overlay/question`;
  const controlUrl = `${url}/api/control?token=${encodeURIComponent(credentials.issue('control', 'producer').secret)}`;
  return {
    overlayUrl, controlUrl,
    joinCode: codes?.assistant ?? null,
    joinCodes: codes,
    tokenFor: localToken,
    consoleUrl: withToken('console', 'assistant'),
    prompterUrl: withToken('prompter', 'host'),
    producerUrl: withToken('rundown', 'producer'),
    issueHandoff: () => `${url}${HANDOFF_PATH}?code=${handoffs.issue({ token: localToken('assistant'), role: 'assistant', route: 'console' })}`,
  };
}
