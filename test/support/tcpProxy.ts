import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Live client↔hub connection pairs. */
  connections(): number;
  /** Connections refused while cut. */
  refused(): number;
  /** Drop every connection and refuse new ones until `restore()` (a pulled cable / dead Wi-Fi). */
  cut(): void;
  restore(): void;
  /** Stop (true) or resume (false) forwarding bytes without closing anything: a silent dead link. */
  stall(on: boolean): void;
  /** Send new connections to another port (a hub started again elsewhere). */
  retarget(port: number): void;
  close(): Promise<void>;
}

/** A TCP proxy on loopback in front of `targetPort`, that a test can cut and restore. */
export function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let isCut = false;
  let isStalled = false;
  let target = targetPort;
  let refused = 0;
  const flow = ([a, b]: [Socket, Socket], on: boolean) => {
    if (on) { a.pipe(b); b.pipe(a); } else { a.unpipe(b); b.unpipe(a); a.pause(); b.pause(); }
  };
  const server = createServer((client) => {
    if (isCut) {
      refused++;
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: target });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    if (!isStalled) flow(pair, true);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        port,
        connections: () => pairs.size,
        refused: () => refused,
        cut() {
          isCut = true;
          for (const [a, b] of [...pairs]) { a.destroy(); b.destroy(); }
          pairs.clear();
        },
        restore() { isCut = false; },
        stall(on) {
          if (on === isStalled) return;
          isStalled = on;
          for (const pair of pairs) flow(pair, !on);
        },
        retarget(port) { target = port; },
        close: () => new Promise<void>((done) => {
          for (const [a, b] of pairs) { a.destroy(); b.destroy(); }
          server.close(() => done());
        }),
      });
    });
  });
}
