import type { HotkeyMap } from '../../services/hotkeys';

/** The console's single-key bindings (the `?` overlay lists them), as maps over injected operations. */
export interface ConsoleKeyOps {
  takeNext(): unknown;
  skipNext(): unknown;
  fireNextPlannedCue(): unknown;
  toggleOnAirSoldOut(): unknown;
  toggleHelp(): void;
}

/** N take next, S skip next, C fire the next planned cue, O sold out on/off, ? help. */
export function consoleKeymap(ops: ConsoleKeyOps): HotkeyMap {
  return {
    n: () => void ops.takeNext(),
    s: () => void ops.skipNext(),
    c: () => void ops.fireNextPlannedCue(),
    o: () => void ops.toggleOnAirSoldOut(),
    '?': () => ops.toggleHelp(),
  };
}

export interface CommentKeyOps {
  /** Move the selection up (-1) or down (1). */
  move(dir: -1 | 1): void;
  clearSelection(): void;
  pushSelected(): unknown;
  answerSelected(): unknown;
}

/** ↑/↓ select (and pause), Esc clear, P push to the prompter, A mark answered. */
export function commentKeymap(ops: CommentKeyOps): HotkeyMap {
  return {
    ArrowUp: () => ops.move(-1),
    ArrowDown: () => ops.move(1),
    Escape: () => ops.clearSelection(),
    p: () => void ops.pushSelected(),
    a: () => void ops.answerSelected(),
  };
}
