import { useDocumentStore } from '../store/document.slice';
import { isDirty } from './documents.service';

/**
 * What this tab was editing, kept across a reload (sessionStorage, per tab): the open
 * document's name and its draft key. And whether the page went away cleanly: `pagehide`
 * leaves a clean-unload mark, so a draft newer than its file is only offered as crash
 * recovery ("上次异常退出？") when the mark is missing — after a real crash.
 */
const OPEN_KEY = 'livedeck.rundown.open';
const CLEAN_KEY = 'livedeck.rundown.cleanUnload';

export interface OpenDocRef {
  name: string | null;
  draftKey: string;
  /** There were unsaved changes (in the draft) when the page went away. */
  dirty: boolean;
}

const isRef = (v: unknown): v is OpenDocRef => typeof v === 'object' && v !== null
  && (typeof (v as OpenDocRef).name === 'string' || (v as OpenDocRef).name === null)
  && typeof (v as OpenDocRef).draftKey === 'string' && typeof (v as OpenDocRef).dirty === 'boolean';

function read(key: string): unknown {
  try {
    const raw = sessionStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage disabled: a reload then starts like a fresh tab.
  }
}

/** The document this tab had open before the reload (null: none remembered). */
export const rememberedDoc = (): OpenDocRef | null => {
  const v = read(OPEN_KEY);
  return isRef(v) ? v : null;
};

/** True once per page load when the previous page of this tab unloaded cleanly (then forgets the mark). */
let cleanAtStart: boolean | null = null;
export function previousUnloadWasClean(): boolean {
  if (cleanAtStart === null) {
    cleanAtStart = read(CLEAN_KEY) !== null;
    write(CLEAN_KEY, null);
  }
  return cleanAtStart;
}

function remember(): void {
  const { name, draftKey } = useDocumentStore.getState();
  write(OPEN_KEY, { name, draftKey, dirty: isDirty() } satisfies OpenDocRef);
}

/** Keeps the open document remembered and marks a clean unload; returns the stop function. */
export function startEditSession(): () => void {
  previousUnloadWasClean();
  const unsubscribe = useDocumentStore.subscribe((s, prev) => {
    if (s.name !== prev.name || s.draftKey !== prev.draftKey) remember();
  });
  const onHide = () => {
    remember();
    write(CLEAN_KEY, Date.now());
  };
  window.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
  };
}
