import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub, type HubOptions } from '../../electron/hub/hub';
import { manualSource } from './manualSource';

export interface TestHub {
  hub: Hub;
  source: ReturnType<typeof manualSource>;
  /** Close the hub and remove its temp dirs. */
  dispose(): Promise<void>;
}

/** An in-process hub on loopback with a hand-driven source and throwaway data/static dirs. */
export async function testHub(opts: HubOptions = {}): Promise<TestHub> {
  const root = mkdtempSync(join(tmpdir(), 'ld-hub-'));
  const source = manualSource();
  const hub = await startHub({ source, staticDir: join(root, 'static'), dataDir: join(root, 'data'), ...opts });
  return {
    hub, source,
    async dispose() {
      await hub.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
