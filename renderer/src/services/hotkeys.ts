/**
 * Global single-key shortcuts (N, S, C, P, O, ↑/↓, ?, Esc). Ignored while the user types in a
 * field or holds Ctrl/⌘/Alt, so the browser's and the OS's own shortcuts keep working.
 */
export type HotkeyHandler = (e: KeyboardEvent) => void;
export type HotkeyMap = Partial<Record<string, HotkeyHandler>>;

interface Layer {
  map: HotkeyMap;
  /** A modal layer (an open overlay) swallows every key the layers beneath would take. */
  modal: boolean;
}
const layers: Layer[] = [];
let installed = false;

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color'].includes(type);
}

/** Normalised key name: letters lower-case, others as KeyboardEvent.key ('ArrowUp', '?', 'Escape'). */
export function keyName(e: KeyboardEvent): string {
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

function onKeyDown(e: KeyboardEvent) {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
  if (isTypingTarget(e.target)) {
    if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur();
    return;
  }
  const name = keyName(e);
  // Enter/Space on a focused button or link belong to that control.
  if ((name === 'Enter' || name === ' ') && e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A')) return;
  // Newest layer first (an open overlay shadows the view beneath it).
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const handler = layer.map[name];
    if (handler) {
      if (e.repeat && !name.startsWith('Arrow')) return;
      e.preventDefault();
      handler(e);
      return;
    }
    if (layer.modal) return;
  }
}

/** Adds a layer of bindings; returns the function that removes it. */
export function bindHotkeys(map: HotkeyMap, modal = false): () => void {
  if (!installed) {
    window.addEventListener('keydown', onKeyDown);
    installed = true;
  }
  const layer: Layer = { map, modal };
  layers.push(layer);
  return () => {
    const i = layers.indexOf(layer);
    if (i >= 0) layers.splice(i, 1);
  };
}
