/**
 * The webPreferences every LiveDeck window must have (DESIGN §6), written out here rather than
 * imported from the shell so the tests state the requirement independently of the code.
 */
export function expectedSecurePrefs(preload: string) {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
