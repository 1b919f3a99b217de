import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/main';
import { startHub } from '../../../../electron/hub/hub';
import { memoryIo } from '../../../support/memoryIo';

describe('livedeck connect douyin: clear errors before anything opens', () => {
  it('needs the platform and the ingest URL (usage errors, exit 2)', async () => {
    const a = memoryIo();
    expect(await main(['connect', '--ingest', 'http://127.0.0.1:1/api/ingest?token=x'], a.io)).toBe(2);
    expect(a.stderr()).toContain('livedeck connect douyin');
    const b = memoryIo();
    expect(await main(['connect', 'douyin'], b.io)).toBe(2);
    expect(b.stderr()).toContain('--ingest URL is required');
    const c = memoryIo();
    expect(await main(['connect', 'douyin', '--ingest', 'http://127.0.0.1:1/?token=x', '--console', 'elsewhere'], c.io)).toBe(2);
  });

  it('says when Chromium is missing (exit 1)', async () => {
    const m = memoryIo();
    expect(await main(['connect', 'douyin', '--ingest', 'http://127.0.0.1:1/api/ingest?token=x', '--chromium', '/nonexistent/chromium'], m.io)).toBe(1);
    expect(m.stderr()).toContain('Chromium not found');
  });

  it('says when the ingest token is wrong, or the URL is not an ingest URL (exit 1)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ld-connect-'));
    const hub = await startHub({ source: null, record: false, dataDir, journal: false });
    try {
      const wrong = memoryIo();
      expect(await main(['connect', 'douyin', '--ingest', `${hub.url}/api/ingest?token=wrong`, '--chromium', process.execPath], wrong.io)).toBe(1);
      expect(wrong.stderr()).toContain('wrong ingest token');
      const bad = memoryIo();
      expect(await main(['connect', 'douyin', '--ingest', `${hub.url}/api/ingest`, '--chromium', process.execPath], bad.io)).toBe(1);
      expect(bad.stderr()).toContain('not an ingest URL');
    } finally {
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
