import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type Hub } from '../../../electron/hub/hub';
import { FailureThrottle } from '../../../electron/hub/socket/throttle';
import { joinHub } from '../../support/hubClient';

describe('failure throttle', () => {
  it('blocks an address after ten failures within ten minutes, for one minute', () => {
    const t = new FailureThrottle();
    for (let i = 0; i < 9; i++) t.fail('10.0.0.5', 1000 * i);
    expect(t.blocked('10.0.0.5', 9_000)).toBe(false);
    t.fail('10.0.0.5', 9_500);
    expect(t.blocked('10.0.0.5', 10_000)).toBe(true);
    expect(t.blocked('10.0.0.6', 10_000)).toBe(false);
    expect(t.blocked('10.0.0.5', 9_500 + 60_001)).toBe(false);
  });

  it('forgets failures older than the window', () => {
    const t = new FailureThrottle();
    for (let i = 0; i < 9; i++) t.fail('a', i);
    t.fail('a', 11 * 60_000);
    expect(t.blocked('a', 11 * 60_000)).toBe(false);
  });
});

describe('join code brute force', () => {
  let hub: Hub | null = null;
  const dirs: string[] = [];
  afterEach(async () => {
    await hub?.close();
    hub = null;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('refuses even the right code after ten wrong ones from the same address', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-throttle-'));
    dirs.push(dataDir);
    // Bound to all interfaces (join code required); the test connects through loopback only.
    hub = await startHub({ host: '0.0.0.0', source: null, dataDir, throttleLoopback: true });
    const url = `http://127.0.0.1:${hub.port}`;
    expect(hub.joinCode).toMatch(/^\d{6}$/);
    const wrong = hub.joinCode === '000000' ? '000001' : '000000';
    for (let i = 0; i < 10; i++) await expect(joinHub(url, { token: wrong })).rejects.toThrow(/join code/);
    await expect(joinHub(url, { token: hub.joinCode! })).rejects.toThrow(/wait a minute/);
    const api = await fetch(`${url}/api/review`, { headers: { authorization: `Bearer ${hub.token}` } });
    expect(api.status).toBe(401);
  });
});
