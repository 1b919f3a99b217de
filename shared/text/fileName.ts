import { BIDI_CONTROL_CLASS } from './sanitize';

/**
 * A character no file name may carry: controls, path separators, characters Windows forbids, and
 * bidi controls (a name like "report\u202Efdp.exe" must not pass as "reportexe.pdf").
 */
export const UNSAFE_FILE_NAME_CHAR = new RegExp(`[\\u0000-\\u001F\\u007F/\\\\:*?"<>|${BIDI_CONTROL_CLASS}]`);
const UNSAFE_ALL = new RegExp(UNSAFE_FILE_NAME_CHAR.source, 'g');
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** Whether Windows reserves the name (CON, NUL, COM1, …; an extension does not help: "nul.txt"). */
export const isWindowsReservedName = (name: string): boolean => WINDOWS_RESERVED.test(name.split('.')[0]!.trim());

export interface SafeFileNameOptions {
  /** What each unsafe character becomes (default a space; runs of spaces fold to one). */
  replacement?: string;
  /** Longest result, in code points (default 200, the IPC limit). */
  maxLength?: number;
  /** The name when nothing usable is left (default "file"). */
  fallback?: string;
}

/**
 * Any text (a show title, a path's last part) → a bare file name that passes the IPC `SafeFileName`
 * schema: unsafe characters replaced, whitespace folded and trimmed, capped without splitting a
 * character, never "." / ".." or a Windows device name.
 */
export function safeFileName(name: string, options: SafeFileNameOptions = {}): string {
  const { replacement = ' ', maxLength = 200, fallback = 'file' } = options;
  const cleaned = name.replace(UNSAFE_ALL, replacement).replace(/\s+/g, ' ').trim();
  const points = Array.from(cleaned);
  let out = (points.length > maxLength ? points.slice(0, maxLength).join('') : cleaned).trim();
  if (out === '' || out === '.' || out === '..') return fallback;
  if (isWindowsReservedName(out)) out = `_${out}`.slice(0, maxLength);
  return out;
}
