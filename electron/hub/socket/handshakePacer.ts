/**
 * Socket handshakes admitted a few per event-loop turn. When hundreds of sockets connect at once
 * (every console and prompter reconnecting after a network blip), Node accepts them in one poll
 * phase and each WebSocket upgrade, credential check and join costs a little: together they held
 * the loop — and /healthz — for 80–200 ms. Paced, the upgrades finish `perTurn` at a time with I/O
 * served in between; a handshake waits a few ms, never refused.
 */
export function createHandshakePacer(perTurn = 10): (admit: () => void) => void {
  const waiting: (() => void)[] = [];
  let used = 0;
  let scheduled = false;
  const turn = () => {
    scheduled = false;
    used = 0;
    while (used < perTurn && waiting.length) {
      used++;
      waiting.shift()!();
    }
    if (used) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(turn);
  };
  return (admit) => {
    if (used < perTurn && !waiting.length) {
      used++;
      schedule();
      admit();
    } else {
      waiting.push(admit);
      schedule();
    }
  };
}
