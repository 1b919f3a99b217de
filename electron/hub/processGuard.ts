/**
 * The hub's last line: a promise rejection nobody handled is logged, and the process keeps
 * serving (Node's default would exit). Every request already runs inside the HTTP handler's
 * boundary; this catches what slips past any boundary. Installed once per process by startHub.
 */
let installed = false;

export function logUnhandledRejection(reason: unknown, log: (m: string, e: unknown) => void = (m, e) => console.error(m, e)): void {
  log('[hub] unhandled promise rejection (kept running):', reason);
}

export function installRejectionLog(): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => logUnhandledRejection(reason));
}
