// electron-builder `afterPack` hook (electron-builder.yml): flips the Electron fuses of the packaged
// binary — after packing, before signing — through @electron/fuses, by electron-builder's own
// `packager.addElectronFuses` (it finds the binary for each platform). docs/security.md (Shell).
import fuses from '@electron/fuses';

const { FuseV1Options, FuseVersion } = fuses;

/** The fuses of every packaged LiveDeck. `platform` is electron-builder's electronPlatformName. */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    // Flipping a fuse breaks a macOS binary's ad-hoc signature (arm64 will not start it): re-sign
    // ad hoc; the real signing, when configured, comes after this hook.
    resetAdHocDarwinSignature: platform === 'darwin' || platform === 'mas',
    // The binary never runs as plain Node (ELECTRON_RUN_AS_NODE).
    [FuseV1Options.RunAsNode]: false,
    // NODE_OPTIONS and NODE_EXTRA_CA_CERTS are ignored.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect, --inspect-brk … are ignored: no debugger can attach to the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash electron-builder embeds (macOS and Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // The app is loaded from app.asar only, never from a loose `app` folder next to it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Cookies on disk are encrypted with the OS key store.
    [FuseV1Options.EnableCookieEncryption]: true,
    // The app loads no file:// pages: they get no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // No separate V8 snapshot for the browser process is shipped.
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  };
}

/** @param {{ electronPlatformName: string, packager: { addElectronFuses(context: unknown, config: unknown): Promise<unknown> } }} context */
export async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName));
}

export default afterPack;
