// electron-builder.yml is validated with electron-builder's own loader and schema (no build, no
// download), and the icons it points at are real PNGs of the right size.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fromBuilder = createRequire(createRequire(`${root}package.json`).resolve('electron-builder'));

interface BuilderConfig {
  appId: string;
  productName: string;
  extraMetadata: { description: string };
  directories: { output: string };
  files: Array<string | { filter: string[] }>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean; installerLanguages: string[]; language: string };
  mac: { target: string[]; category: string; icon: string };
}

let loaded: Promise<BuilderConfig> | undefined;
const loadConfig = (): Promise<BuilderConfig> => (loaded ??= readConfig());

async function readConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, file: string, extra: null): Promise<unknown>;
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (on: boolean) => unknown };
  const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config as BuilderConfig;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('electron-builder.yml', { timeout: 60_000 }, () => {
  it("passes electron-builder's schema and names the app", async () => {
    const c = await loadConfig();
    expect(c.appId).toBe('com.livedeck.app');
    expect(c.productName).toBe('LiveDeck');
    expect(c.extraMetadata.description).toContain('直播中控台');
    expect(c.directories.output).toBe('release');
    const files = c.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
    expect(files).toEqual(expect.arrayContaining(['dist/**/*', '!dist/**/*.map', 'package.json', 'assets/**/*']));
  });

  it('targets AppImage + deb, NSIS (choose folder, Chinese and English) and dmg', async () => {
    const c = await loadConfig();
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(['AudioVideo', 'Office']).toContain(c.linux.category);
    expect(c.linux.maintainer).toMatch(/<.+@.+>/);
    expect(c.win.target).toEqual(['nsis']);
    expect(c.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(c.nsis.installerLanguages).toEqual(['zh_CN', 'en_US']);
    expect(c.mac.target).toEqual(['dmg']);
    expect(c.mac.category).toBe('public.app-category.business');
  });

  it('points at icons that exist with the sizes their names promise', async () => {
    const c = await loadConfig();
    for (const icon of [c.win.icon, c.mac.icon]) expect(existsSync(join(root, icon)), icon).toBe(true);
    for (const size of [512, 256]) {
      expect(pngSize(join(root, c.linux.icon, `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });
});

describe('scripts/make-icons.mjs', () => {
  it('draws the committed icons byte for byte (deterministic)', () => {
    const out = mkdtempSync(join(tmpdir(), 'livedeck-icons-'));
    try {
      // Render into a temp copy of the script's layout so the committed files stay untouched.
      const script = readFileSync(join(root, 'scripts/make-icons.mjs'), 'utf8').replace("new URL('../assets/icons/', import.meta.url)", `new URL('file://${out}/')`);
      expect(script).toContain(out);
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      for (const size of [512, 256]) {
        expect(readFileSync(join(out, `${size}x${size}.png`)).equals(readFileSync(join(root, `assets/icons/${size}x${size}.png`)))).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('scripts/start-electron.mjs', { timeout: 30_000 }, () => {
  it('without the Electron binary, points to `npx livedeck serve` and exits non-zero', () => {
    const empty = mkdtempSync(join(tmpdir(), 'livedeck-noelectron-'));
    try {
      const r = spawnSync(process.execPath, [join(root, 'scripts/start-electron.mjs')], {
        encoding: 'utf8',
        // Point the electron package at an empty folder, as if the binary was never downloaded.
        env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty },
        timeout: 15_000,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('npx livedeck serve');
      expect(r.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
