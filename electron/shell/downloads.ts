// Downloads (session 'will-download'): denied unless the app itself asked for that URL a moment
// before. The app's own saves never download: the save and print IPC write the file from the main
// process after the save dialog (ipc/dialogs.ipc.ts, ipc/print.ipc.ts). So today nothing asks, and
// every download a page starts — a link, a `download` attribute, an attachment — is refused.
// A future app-initiated download (webContents.downloadURL) calls allowOnce(url) first. Pure.

/** An allowance lasts this long and covers one download of exactly that URL. */
export const DOWNLOAD_ALLOWANCE_MS = 10_000;

export interface DownloadAllowance { url: string; until: number }

/** The decision: allowed only for an unexpired allowance of exactly this URL. */
export function isAllowedDownload(url: string, allowances: readonly DownloadAllowance[], now: number): boolean {
  return allowances.some((a) => a.url === url && now < a.until);
}

export interface DownloadGate {
  /** The app is about to download `url` itself: let that one download through. */
  allowOnce(url: string): void;
  /** Called from 'will-download': true lets it proceed (and spends the allowance). */
  admit(url: string): boolean;
}

export function createDownloadGate(now: () => number = Date.now): DownloadGate {
  let allowances: DownloadAllowance[] = [];
  return {
    allowOnce(url) {
      allowances.push({ url, until: now() + DOWNLOAD_ALLOWANCE_MS });
    },
    admit(url) {
      const t = now();
      allowances = allowances.filter((a) => t < a.until);
      if (!isAllowedDownload(url, allowances, t)) return false;
      allowances.splice(allowances.findIndex((a) => a.url === url), 1);
      return true;
    },
  };
}
