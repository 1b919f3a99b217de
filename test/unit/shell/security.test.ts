import { describe, expect, it } from 'vitest';
import {
  HUB_PERMISSIONS,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  originOf,
  permissionDecision,
} from '../../../electron/shell/security';

const HUB = 'http://127.0.0.1:43117';

describe('originOf', () => {
  it('gives the http(s) origin and null for everything else', () => {
    expect(originOf(`${HUB}/?token=abc#/console`)).toBe(HUB);
    expect(originOf('https://example.com:8443/a')).toBe('https://example.com:8443');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(originOf('javascript:alert(1)')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf('')).toBeNull();
    expect(originOf(undefined)).toBeNull();
    expect(originOf(null)).toBeNull();
  });
});

describe('isAllowedNavigation', () => {
  it('allows other routes, queries and hashes of the hub', () => {
    expect(isAllowedNavigation(`${HUB}/`, HUB)).toBe(true);
    expect(isAllowedNavigation(`${HUB}/?token=x&role=host#/prompter`, HUB)).toBe(true);
    expect(isAllowedNavigation(`${HUB}/index.html#/review`, HUB)).toBe(true);
  });

  it('refuses other ports, hosts, schemes and look-alikes', () => {
    for (const url of [
      'http://127.0.0.1:43118/',
      'http://localhost:43117/',
      'https://127.0.0.1:43117/',
      'http://127.0.0.1.evil.com:43117/',
      'http://evil.com/?u=http://127.0.0.1:43117',
      'file:///etc/passwd',
      'data:text/html,hi',
      'javascript:alert(1)',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'chrome://gpu',
      '',
    ]) {
      expect(isAllowedNavigation(url, HUB), url).toBe(false);
    }
  });

  it('refuses everything before the hub has started', () => {
    expect(isAllowedNavigation(`${HUB}/`, null)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('hands only plain https links to the system browser', () => {
    expect(isSafeExternalUrl('https://www.douyin.com/')).toBe(true);
    expect(isSafeExternalUrl('https://docs.example.com/a?b=c#d')).toBe(true);
  });

  it('refuses other schemes, credentials and oversized URLs', () => {
    for (const url of [
      'http://example.com/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'https://user:pass@example.com/',
      'https://user@example.com/',
      `https://example.com/${'a'.repeat(3000)}`,
      'not a url',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('permissionDecision', () => {
  const denied = ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'midiSysex', 'openExternal', 'hid', 'serial', 'usb', 'pointerLock', 'idle-detection', 'fileSystem', 'window-management', 'unknown'];

  it('denies every permission that is not on the short allow-list, even to the hub', () => {
    for (const permission of denied) expect(permissionDecision(permission, `${HUB}/`, HUB), permission).toBe(false);
  });

  it('grants the allow-list only to the hub origin', () => {
    expect([...HUB_PERMISSIONS].sort()).toEqual(['clipboard-sanitized-write', 'fullscreen']);
    for (const permission of HUB_PERMISSIONS) {
      expect(permissionDecision(permission, `${HUB}/?token=x#/console`, HUB)).toBe(true);
      expect(permissionDecision(permission, HUB, HUB)).toBe(true);
      expect(permissionDecision(permission, 'https://evil.example/', HUB)).toBe(false);
      expect(permissionDecision(permission, 'http://127.0.0.1:1/', HUB)).toBe(false);
      expect(permissionDecision(permission, '', HUB)).toBe(false);
      expect(permissionDecision(permission, `${HUB}/`, null)).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts frames showing the hub and nothing else', () => {
    expect(isTrustedSender(`${HUB}/?token=s#/console`, HUB)).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:9/', HUB)).toBe(false);
    expect(isTrustedSender('https://evil.example/', HUB)).toBe(false);
    expect(isTrustedSender('about:blank', HUB)).toBe(false);
    expect(isTrustedSender('file:///tmp/x.html', HUB)).toBe(false);
    expect(isTrustedSender(undefined, HUB)).toBe(false);
    expect(isTrustedSender(`${HUB}/`, null)).toBe(false);
  });
});
