import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { journalPath } from '../../../electron/hub/journal/session';
import { manualSource } from '../../support/manualSource';

describe('resuming a journaled session', () => {
  const dirs: string[] = [];
  let hub: Hub | null = null;
  afterEach(async () => {
    await hub?.close();
    hub = null;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function runAndTakeNext(dataDir: string) {
    const h = await startHub({ source: manualSource(), dataDir, staticDir: join(dataDir, 'static') });
    h.room.apply({ id: 'n1', type: 'slot.takeNext' }, { id: 'a', name: '场控', role: 'assistant' }, Date.now());
    await h.close();
  }

  it('continues a session written minutes ago (a restart during the show)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-resume-'));
    dirs.push(dataDir);
    await runAndTakeNext(dataDir);
    hub = await startHub({ source: manualSource(), dataDir, staticDir: join(dataDir, 'static') });
    expect(hub.room.live.runs).toHaveLength(2);
  });

  it("starts a new session when the journal is yesterday's", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-resume-'));
    dirs.push(dataDir);
    await runAndTakeNext(dataDir);
    const old = (Date.now() - 20 * 3600_000) / 1000;
    utimesSync(journalPath(dataDir, 'main'), old, old);
    hub = await startHub({ source: manualSource(), dataDir, staticDir: join(dataDir, 'static') });
    expect(hub.room.live.runs).toHaveLength(1);
    expect(hub.room.live.onAirSlotId).toBe(hub.room.show.slots[0]!.id);
  });
});
