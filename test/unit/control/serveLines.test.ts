import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { ControlState } from '../../../shared/protocol/control';
import { joinHub } from '../../support/hubClient';
import { memoryIo } from '../../support/memoryIo';

async function until(f: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!f()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('livedeck serve prints the overlay and control URLs', () => {
  it('a POST with the printed control URL\'s token moves the console', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-serve-'));
    const c = memoryIo();
    const running = main(['serve', '--port', '0', '--data-dir', dataDir, '--fresh', '--no-record'], c.io);
    try {
      await until(() => /LiveDeck control: /.test(c.stdout()));
      const out = c.stdout();
      const ready = /^LiveDeck ready: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([^&\s]+)&role=assistant#\/console$/m.exec(out)!;
      const overlay = /^LiveDeck overlay: (\S+)$/m.exec(out)!;
      const control = /^LiveDeck control: (\S+)$/m.exec(out)!;
      const [, origin, uiToken] = ready;
      const overlayUrl = new URL(overlay[1]!);
      expect(`${overlayUrl.origin}${overlayUrl.pathname}${overlayUrl.hash}`).toBe(`${origin}/#/overlay/question`);
      const controlUrl = new URL(control[1]!);
      expect(`${controlUrl.origin}${controlUrl.pathname}`).toBe(`${origin}/api/control`);
      const controlToken = controlUrl.searchParams.get('token')!;
      expect(new Set([controlToken, overlayUrl.searchParams.get('token'), decodeURIComponent(uiToken!)]).size).toBe(3);

      const console = await joinHub(origin!, { token: decodeURIComponent(uiToken!), role: 'assistant' });
      try {
        const before = console.snapshot.live.onAirSlotId;
        const res = await fetch(`${origin}/api/control/take-next`, { method: 'POST', headers: { authorization: `Bearer ${controlToken}` } });
        expect(res.status).toBe(200);
        const after = ControlState.parse(await res.json()).onAir?.slotId;
        expect(after).not.toBe(before);
        await console.waitDelta((d) => d.live !== undefined && d.live.onAirSlotId === after, 3000);
        // The overlay token is read-only on this door.
        const overlayTry = await fetch(`${origin}/api/control/take-next?token=${encodeURIComponent(overlayUrl.searchParams.get('token')!)}`, { method: 'POST' });
        expect(overlayTry.status).toBe(403);
      } finally {
        console.close();
      }
    } finally {
      c.stop();
      await running;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
