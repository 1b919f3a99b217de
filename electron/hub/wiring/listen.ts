import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the hub's own URL names a host it listens on (any-address → loopback; IPv6 in brackets). */
export function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Listen on `host:port` (0: a free port); resolves with the hub's URL and port once it does. */
export async function listen(httpServer: HttpServer, host: string, port: number): Promise<{ url: string; port: number }> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const bound = (httpServer.address() as AddressInfo).port;
  return { url: `http://${urlHost(host)}:${bound}`, port: bound };
}
