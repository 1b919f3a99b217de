/**
 * Global single-key shortcuts (N, S, C, P, O, ↑/↓, ?, Esc). Ignored while the user types in a
 * field or holds Ctrl/⌘/Alt, so the browser's and the OS's own shortcuts keep working.
 */
export type HotkeyHandler = (e: KeyboardEvent) => void;
export type HotkeyMap = Partial<Record<string, HotkeyHandler>>;

export interface HotkeyLayer<H = HotkeyHandler> {
  map: Partial<Record<string, H>>;
  /** A modal layer (an open overlay) swallows every key the layers beneath would take. */
  modal: boolean;
}

/** The parts of an element the routing looks at (an HTMLElement in the browser). */
export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
  /** `type` of an <input>. */
  type?: string;
}

/** The parts of a KeyboardEvent the routing looks at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing: boolean;
  defaultPrevented: boolean;
  repeat: boolean;
  /** The focused element, or null when the target is not an element. */
  target: KeyTarget | null;
}

/** What to do with a key press: nothing, blur the field being typed in, or run a binding. */
export type KeyRoute<H> = { kind: 'ignore' } | { kind: 'blur' } | { kind: 'run'; handler: H };

const NON_TEXT_INPUTS = ['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color'];

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  return !NON_TEXT_INPUTS.includes(target.type ?? 'text');
}

/** Normalised key name: letters lower-case, others as KeyboardEvent.key ('ArrowUp', '?', 'Escape'). */
export function keyName(e: Pick<KeyPress, 'key'>): string {
  return e.key.length === 1 ? e.key.toLowerCase() : e.key;
}

/** Decides what a key press does, given the bound layers (oldest first; the newest shadows the rest). */
export function routeKey<H>(e: KeyPress, layers: readonly HotkeyLayer<H>[]): KeyRoute<H> {
  const ignore = { kind: 'ignore' } as const;
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return ignore;
  if (isTypingTarget(e.target)) return e.key === 'Escape' ? { kind: 'blur' } : ignore;
  const name = keyName(e);
  // Enter/Space on a focused button or link belong to that control.
  if ((name === 'Enter' || name === ' ') && (e.target?.tagName === 'BUTTON' || e.target?.tagName === 'A')) return ignore;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    const handler = layer.map[name];
    if (handler) {
      // Holding a key repeats only the arrows (moving a selection), never an action.
      if (e.repeat && !name.startsWith('Arrow')) return ignore;
      return { kind: 'run', handler };
    }
    if (layer.modal) return ignore;
  }
  return ignore;
}

const layers: HotkeyLayer[] = [];
let installed = false;

function onKeyDown(e: KeyboardEvent) {
  const el = e.target instanceof HTMLElement ? e.target : null;
  const route = routeKey({
    key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, isComposing: e.isComposing,
    defaultPrevented: e.defaultPrevented, repeat: e.repeat, target: el,
  }, layers);
  if (route.kind === 'blur') el?.blur();
  else if (route.kind === 'run') {
    e.preventDefault();
    route.handler(e);
  }
}

/** Adds a layer of bindings; returns the function that removes it. */
export function bindHotkeys(map: HotkeyMap, modal = false): () => void {
  if (!installed) {
    window.addEventListener('keydown', onKeyDown);
    installed = true;
  }
  const layer: HotkeyLayer = { map, modal };
  layers.push(layer);
  return () => {
    const i = layers.indexOf(layer);
    if (i >= 0) layers.splice(i, 1);
  };
}
