/** Local UI preferences (language, comment keywords, prompter settings) in localStorage. */
const PREFIX = 'livedeck.pref.';

export function loadPref<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return fallback;
    const v: unknown = JSON.parse(raw);
    return valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

export function savePref(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: preferences are a convenience, never fatal.
  }
}

export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
export const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
