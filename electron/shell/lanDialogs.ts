// The native dialogs of LAN sharing (Electron runtime; their texts and buttons come from lan.ts,
// which is unit-tested): the confirmation, the join code with a Copy button, the error boxes.
import { clipboard, dialog } from 'electron';
import type { HubSharingDeps, SharedHub } from './hubSharing';
import { joinCopyText, joinInfoDialog, lanAddresses, shareConfirmDialog, sharingErrorText, type InterfaceAddressLike } from './lan';
import type { ShellLanguage } from './shellText';

type Interfaces = Readonly<Record<string, readonly InterfaceAddressLike[] | undefined>>;

export function lanDialogs(
  lang: ShellLanguage,
  interfaces: () => Interfaces,
  log: (message: string) => void,
): Pick<HubSharingDeps<SharedHub>, 'confirmSharing' | 'showJoinInfo' | 'showError'> {
  return {
    async confirmSharing() {
      const { options, confirmId } = shareConfirmDialog(lang);
      return (await dialog.showMessageBox(options)).response === confirmId;
    },
    showJoinInfo(hub) {
      const code = hub.joinCode;
      if (!code) return;
      // Read the addresses when the dialog opens: Wi-Fi may have changed since sharing began.
      const addresses = lanAddresses(interfaces());
      const { options, copyId } = joinInfoDialog(addresses, hub.port, code, lang);
      dialog.showMessageBox(options)
        .then(({ response }) => {
          if (response === copyId) clipboard.writeText(joinCopyText(addresses, hub.port, code, lang));
        })
        .catch((err: unknown) => log(`join dialog failed: ${String(err)}`));
    },
    showError(kind, err) {
      const { title, content } = sharingErrorText(kind, err, lang);
      dialog.showErrorBox(title, content);
    },
  };
}
