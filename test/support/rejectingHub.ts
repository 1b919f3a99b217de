// Child process for the "logs, not exits, on an unhandled rejection" test: starts a hub, lets a
// rejection go unhandled, then proves the hub still answers and prints one JSON line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../../electron/hub/hub';

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'ld-reject-'));
  const hub = await startHub({ source: null, staticDir: join(root, 'static'), dataDir: join(root, 'data') });
  void Promise.reject(new Error('injected rejection'));
  await new Promise((r) => setTimeout(r, 200));
  const res = await fetch(`${hub.url}/healthz`);
  process.stdout.write(`${JSON.stringify({ alive: res.status === 200 })}\n`);
  await hub.close();
  process.exit(0);
}
void main();
