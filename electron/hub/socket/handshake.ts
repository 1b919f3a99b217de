import { checkHandshake, type AccessPolicy } from './access';
import type { HubServer, HubSocket } from './connection';
import { FailureThrottle } from './throttle';

export interface Admission {
  /** Count a token or join-code check from `address` against the throttle; false when refused. */
  admitted(accepted: boolean, address: string | undefined): boolean;
  /** Whether `address` is throttled now (LAN addresses; loopback too when asked). */
  refused(address: string): boolean;
}

/** Wrong tokens or join codes from one address: 10 tries per 10 minutes, then a minute's pause. */
export function createAdmission(opts: { now: () => number; throttleLoopback: boolean; isLoopback: (host: string) => boolean }): Admission {
  const throttle = new FailureThrottle();
  const watched = (address: string) => opts.throttleLoopback || !opts.isLoopback(address.replace(/^::ffff:/, ''));
  return {
    admitted(accepted, address) {
      if (!address || !watched(address)) return accepted;
      if (throttle.blocked(address, opts.now())) return false;
      if (!accepted) throttle.fail(address, opts.now());
      return accepted;
    },
    refused: (address) => watched(address) && throttle.blocked(address, opts.now()),
  };
}

const refusal = (message: string, code: string): Error => Object.assign(new Error(message), { data: { code } });

/** Socket handshakes: throttled addresses are refused; a valid `auth` is kept on the socket. */
export function installHandshake(io: HubServer, policy: AccessPolicy, admission: Admission, counters: { refusedHandshakes: number }): void {
  io.use((socket, next) => {
    const address = socket.handshake.address;
    if (admission.refused(address)) {
      counters.refusedHandshakes++;
      return next(refusal('too many wrong join codes from this address; wait a minute', 'throttled'));
    }
    const result = checkHandshake(socket.handshake.auth, policy);
    if (!result.ok && result.code === 'unauthorized') admission.admitted(false, address);
    if (!result.ok) {
      counters.refusedHandshakes++;
      return next(refusal(result.message, result.code));
    }
    (socket as HubSocket).data.auth = result.auth;
    next();
  });
}
