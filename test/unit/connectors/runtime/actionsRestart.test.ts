import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHub } from '../../../../electron/hub/hub';

describe('platform actions survive a hub restart', () => {
  it('keeps the kill switch and the action log through the journal (checkpoint and records after it)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-actions-restart-'));
    try {
      const first = await startHub({ source: null, record: false, dataDir });
      first.actions.setKill(true, { name: 'producer', role: 'producer' });
      await first.actions.perform({ kind: 'reply', text: '你好', pin: false }, { name: 'assistant', role: 'assistant' });
      const log = first.actions.state.log;
      await first.close();
      const second = await startHub({ source: null, record: false, dataDir, resume: true });
      try {
        expect(second.actions.state.killed).toBe(true);
        expect(second.actions.state.log).toEqual(log);
        expect(second.room.snapshot(Date.now()).actions).toEqual({ killed: true, log });
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
