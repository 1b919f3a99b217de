// Types of scripts/afterPack.mjs (electron-builder's afterPack hook), for the tests.
import type { FuseV1Config } from '@electron/fuses';

export function fuseConfig(platform: string): FuseV1Config;
export function afterPack(context: { electronPlatformName: string; packager: { addElectronFuses(context: unknown, config: FuseV1Config): Promise<unknown> } }): Promise<void>;
export default afterPack;
