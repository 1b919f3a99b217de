import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { createDownloadGate, DOWNLOAD_ALLOWANCE_MS, isAllowedDownload } from '../../../electron/shell/downloads';
import { hardenSession } from '../../../electron/shell/session';

const HUB = 'http://127.0.0.1:43117';
const FILE = `${HUB}/api/documents/export.xlsx`;

describe('isAllowedDownload', () => {
  it('allows only an unexpired allowance of exactly that URL', () => {
    const allowances = [{ url: FILE, until: 1000 }];
    expect(isAllowedDownload(FILE, allowances, 999)).toBe(true);
    expect(isAllowedDownload(FILE, allowances, 1000)).toBe(false);
    expect(isAllowedDownload(`${FILE}?x=1`, allowances, 0)).toBe(false);
    expect(isAllowedDownload('https://evil.example/payload.exe', allowances, 0)).toBe(false);
    expect(isAllowedDownload(FILE, [], 0)).toBe(false);
  });
});

describe('createDownloadGate', () => {
  it('denies every download the app did not ask for', () => {
    const gate = createDownloadGate(() => 0);
    expect(gate.admit(FILE)).toBe(false);
    expect(gate.admit('blob:http://127.0.0.1:43117/5f1c')).toBe(false);
  });

  it('lets one asked-for download through, once, within the allowance', () => {
    let t = 0;
    const gate = createDownloadGate(() => t);
    gate.allowOnce(FILE);
    expect(gate.admit(FILE)).toBe(true);
    expect(gate.admit(FILE)).toBe(false);
    gate.allowOnce(FILE);
    t = DOWNLOAD_ALLOWANCE_MS;
    expect(gate.admit(FILE)).toBe(false);
  });
});

describe("hardenSession's will-download handler", () => {
  function world(gate?: ReturnType<typeof createDownloadGate>) {
    let listener: ((e: { preventDefault(): void }, item: { getURL(): string }) => void) | undefined;
    const ses = {
      setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, setSpellCheckerEnabled() {},
      on(name: string, l: typeof listener) { if (name === 'will-download') listener = l; },
      webRequest: { onHeadersReceived() {} },
    };
    const denied: string[] = [];
    hardenSession(ses as unknown as Session, HUB, (what, url) => denied.push(`${what} ${url}`), gate);
    const download = (url: string) => {
      let prevented = false;
      listener!({ preventDefault: () => { prevented = true; } }, { getURL: () => url });
      return prevented ? 'cancelled' : 'proceeds';
    };
    return { download, denied };
  }

  it('cancels a download a page starts and logs it', () => {
    const w = world(createDownloadGate());
    expect(w.download('https://evil.example/payload.exe')).toBe('cancelled');
    expect(w.download(FILE)).toBe('cancelled');
    expect(w.denied).toEqual(['download https://evil.example/payload.exe', `download ${FILE}`]);
  });

  it('denies everything when no gate is given, and lets an allowed one through', () => {
    expect(world().download(FILE)).toBe('cancelled');
    const gate = createDownloadGate();
    const w = world(gate);
    gate.allowOnce(FILE);
    expect(w.download(FILE)).toBe('proceeds');
    expect(w.download(FILE)).toBe('cancelled');
  });
});
