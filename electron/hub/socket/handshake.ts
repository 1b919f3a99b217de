import { checkHandshake, type AccessPolicy } from './access';
import type { AdmittedAuth, HubServer, HubSocket } from './connection';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import { MAX_NICKNAME } from '../../../shared/protocol/common';
import { FailureThrottle } from './throttle';

export interface Admission {
  /** Count a credential check from `address` against the throttle; false when refused. */
  admitted(accepted: boolean, address: string | undefined): boolean;
  /** Whether `address` is throttled now. */
  refused(address: string): boolean;
}

/**
 * Wrong credentials from one address, loopback included (a local proxy is an address like any
 * other): 10 free tries per 10 minutes, then a minute's pause that doubles with every further
 * wrong try (FailureThrottle).
 */
export function createAdmission(opts: { now: () => number }): Admission {
  const throttle = new FailureThrottle();
  const key = (address: string) => address.replace(/^::ffff:/, '');
  return {
    admitted(accepted, address) {
      const a = key(address ?? 'unknown');
      if (throttle.blocked(a, opts.now())) return false;
      if (!accepted) throttle.fail(a, opts.now());
      return accepted;
    },
    refused: (address) => throttle.blocked(key(address), opts.now()),
  };
}

const refusal = (message: string, code: string): Error => Object.assign(new Error(message), { data: { code } });

/** Socket handshakes: throttled addresses are refused; the role follows the credential. */
export function installHandshake(io: HubServer, policy: AccessPolicy, admission: Admission, counters: { refusedHandshakes: number }): void {
  io.use((socket, next) => {
    const address = socket.handshake.address;
    if (admission.refused(address)) {
      counters.refusedHandshakes++;
      return next(refusal('too many wrong join codes from this address; wait a minute (longer after each further wrong try)', 'throttled'));
    }
    const result = checkHandshake(socket.handshake.auth, policy);
    if (!result.ok && result.code === 'unauthorized') admission.admitted(false, address);
    if (!result.ok) {
      counters.refusedHandshakes++;
      return next(refusal(result.message, result.code));
    }
    (socket as HubSocket).data.auth = bindClient(io, { ...result.auth, role: result.role });
    next();
  });
}

/**
 * Team text is sanitised like viewer text (a peer named with bidi overrides cannot display as
 * "PRODUCER"), and a client id is bound to the connection holding it: another connection
 * presenting the same id with a different role or name gets a suffixed id, so it can neither
 * hide that peer from the peers list nor share its idempotency keys. (The same tab reconnecting
 * — same role and name — keeps its id.)
 */
export function bindClient(io: HubServer, auth: AdmittedAuth): AdmittedAuth {
  const name = sanitizeViewerText(auth.name, MAX_NICKNAME) || auth.role;
  const taken = (id: string) => [...io.of('/').sockets.values()].find((s) => (s as HubSocket).data.auth?.clientId === id);
  let clientId = auth.clientId;
  for (let n = 2; ; n++) {
    const holder = taken(clientId);
    if (!holder) break;
    const a = (holder as HubSocket).data.auth;
    if (a.role === auth.role && a.name === name) break;
    clientId = `${auth.clientId.slice(0, 120)}~${n}`;
  }
  return { ...auth, name, clientId };
}
