import type { HubServer } from './connection';

/**
 * At most `perAddress` open sockets from one address (loopback included: local windows, OBS
 * browser sources and scripts all count), so one misbehaving device or script cannot take every
 * connection the hub can hold. Installed after the credential check: a refused handshake holds
 * no slot; a slot is freed when its socket disconnects.
 */
export function installConnectionCap(io: HubServer, perAddress: number, counters: { refusedHandshakes: number }): { open(address: string): number } {
  const open = new Map<string, number>();
  const key = (address: string) => address.replace(/^::ffff:/, '');
  io.use((socket, next) => {
    const a = key(socket.handshake.address ?? 'unknown');
    const n = open.get(a) ?? 0;
    if (n >= perAddress) {
      counters.refusedHandshakes++;
      return next(Object.assign(new Error(`too many connections from this address (at most ${perAddress}); close some windows or tabs`), { data: { code: 'too_many_connections' } }));
    }
    open.set(a, n + 1);
    socket.once('disconnect', () => {
      const left = (open.get(a) ?? 1) - 1;
      if (left > 0) open.set(a, left);
      else open.delete(a);
    });
    next();
  });
  return { open: (address) => open.get(key(address)) ?? 0 };
}
