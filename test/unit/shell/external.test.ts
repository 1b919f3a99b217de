import { describe, expect, it } from 'vitest';
import { openInSystemBrowser } from '../../../electron/shell/external';
import { externalUrlAllowed, isHandoffUrl } from '../../../electron/shell/security';

const HUB = 'http://127.0.0.1:43117';
const CODE = 'A'.repeat(43);
const HANDOFF = `${HUB}/handoff?code=${CODE}`;

describe('isHandoffUrl', () => {
  it("accepts only the hub's own hand-off link with one well-formed code", () => {
    expect(isHandoffUrl(HANDOFF, HUB)).toBe(true);
    expect(isHandoffUrl(HANDOFF, null)).toBe(false);
    expect(isHandoffUrl(HANDOFF, 'http://127.0.0.1:1')).toBe(false);
    expect(isHandoffUrl(`${HUB}/?token=secret#/console`, HUB)).toBe(false);
    expect(isHandoffUrl(`${HUB}/handoff?code=${CODE}&token=secret`, HUB)).toBe(false);
    expect(isHandoffUrl(`${HUB}/handoff?code=short`, HUB)).toBe(false);
    expect(isHandoffUrl(`${HANDOFF}#x`, HUB)).toBe(false);
    expect(isHandoffUrl(`${HUB}/handoff/x?code=${CODE}`, HUB)).toBe(false);
    expect(isHandoffUrl(`http://user:pw@127.0.0.1:43117/handoff?code=${CODE}`, HUB)).toBe(false);
  });
});

describe('externalUrlAllowed', () => {
  it('keeps the two kinds apart', () => {
    expect(externalUrlAllowed('page-link', 'https://help.example/', HUB)).toBe(true);
    expect(externalUrlAllowed('page-link', HANDOFF, HUB)).toBe(false);
    expect(externalUrlAllowed('handoff', 'https://help.example/', HUB)).toBe(false);
    expect(externalUrlAllowed('handoff', HANDOFF, HUB)).toBe(true);
  });
});

describe('openInSystemBrowser', () => {
  const world = () => {
    const opened: string[] = [];
    const logged: string[] = [];
    const deps = { shell: { openExternal: async (url: string) => void opened.push(url) }, getHubOrigin: () => HUB, log: (m: string) => void logged.push(m) };
    return { deps, opened, logged };
  };

  it('opens an allowed URL and refuses (and logs) anything else', () => {
    const w = world();
    expect(openInSystemBrowser(w.deps, 'handoff', HANDOFF)).toBe(true);
    expect(openInSystemBrowser(w.deps, 'handoff', `${HUB}/?token=secret#/console`)).toBe(false);
    expect(openInSystemBrowser(w.deps, 'page-link', 'file:///etc/passwd')).toBe(false);
    expect(openInSystemBrowser(w.deps, 'page-link', 'https://help.example/')).toBe(true);
    expect(w.opened).toEqual([HANDOFF, 'https://help.example/']);
    expect(w.logged).toHaveLength(2);
  });
});
