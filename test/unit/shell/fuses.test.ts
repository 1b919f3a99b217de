// The afterPack hook that flips the Electron fuses (scripts/afterPack.mjs). It cannot run here
// (no Electron binary), so its fuse table is checked as a pure function, its call with a fake
// packager, and its wiring in electron-builder.yml and package.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { afterPack, fuseConfig } from '../../../scripts/afterPack.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(`${root}package.json`);
const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof import('@electron/fuses');

/** Fuse name → setting, as a reader would state it. */
const byName = (config: Record<string | number, unknown>) =>
  Object.fromEntries(Object.entries(FuseV1Options).filter(([, v]) => typeof v === 'number').map(([name, index]) => [name, config[index as number]]));

describe('fuseConfig', () => {
  it('turns off every way to run the binary as something else and locks the app to its ASAR', () => {
    const config = fuseConfig('linux') as Record<string | number, unknown>;
    expect(config.version).toBe(FuseVersion.V1);
    expect(byName(config)).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
      LoadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('sets every fuse this @electron/fuses knows, and re-signs ad hoc only on macOS', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    for (const platform of ['linux', 'win32', 'darwin', 'mas']) {
      const config = fuseConfig(platform) as Record<string | number, unknown>;
      for (const index of known) expect(typeof config[index], `${platform} fuse ${index}`).toBe('boolean');
      expect(config.resetAdHocDarwinSignature).toBe(platform === 'darwin' || platform === 'mas');
    }
  });
});

describe('afterPack', () => {
  it("hands the fuse table to electron-builder's addElectronFuses for the packed app", async () => {
    const calls: unknown[][] = [];
    const context = { electronPlatformName: 'win32', appOutDir: '/release/win-unpacked', packager: { addElectronFuses: async (...a: unknown[]) => void calls.push(a) } };
    await afterPack(context);
    expect(calls).toEqual([[context, fuseConfig('win32')]]);
  });

  it('is the hook electron-builder.yml runs, with no second fuse setting beside it', () => {
    const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^afterPack: \.\/scripts\/afterPack\.mjs$/m);
    expect(yml).not.toMatch(/^electronFuses:/m);
  });

  it('pins @electron/fuses to the installed version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const installed = (require('@electron/fuses/package.json') as { version: string; license: string });
    expect(pkg.devDependencies['@electron/fuses']).toBe(installed.version);
    expect(installed.license).toBe('MIT');
  });
});
