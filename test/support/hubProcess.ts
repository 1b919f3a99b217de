/**
 * A hub in a child process, for fault tests that kill it with SIGKILL:
 *   node --import tsx test/support/hubProcess.ts '<json config>'
 * Prints one JSON line `{"ready":true,…}` with what it restored from its journal (before reading
 * any event from the feed file), then serves until killed.
 */
import { startHub } from '../../electron/hub/hub';
import { fileSource } from './fileSource';

interface ChildConfig {
  port: number;
  dataDir: string;
  staticDir: string;
  token: string;
  feedPath: string;
}

export interface ChildReady {
  ready: true;
  pid: number;
  port: number;
  run: number;
  seq: number;
  restored: { events: number; commands: number; refused: number; badLines: number; tornBytes: number } | null;
  figures: { gmv: number; paidOrders: number; createdOrders: number; refundAmount: number; comments: number };
  live: { onAirSlotId: string | null; runs: number };
  cues: number;
}

async function main() {
  const cfg = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
  const source = fileSource(cfg.feedPath);
  const hub = await startHub({ host: '127.0.0.1', port: cfg.port, dataDir: cfg.dataDir, staticDir: cfg.staticDir, token: cfg.token, source });
  const f = hub.room.snapshot(Date.now()).metrics.now;
  const ready: ChildReady = {
    ready: true, pid: process.pid, port: hub.port, run: hub.journal?.run ?? 0, seq: hub.room.currentSeq,
    restored: hub.journal?.report ?? null,
    figures: { gmv: f.gmv, paidOrders: f.paidOrders, createdOrders: f.createdOrders, refundAmount: f.refundAmount, comments: f.comments },
    live: { onAirSlotId: hub.room.live.onAirSlotId, runs: hub.room.live.runs.length },
    cues: hub.room.snapshot(Date.now()).cues.length,
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  source.begin();
  const stop = () => { void hub.close().then(() => process.exit(0)); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Die with the test runner rather than linger.
  process.on('disconnect', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`hubProcess failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
