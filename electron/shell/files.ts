// File helpers for the shell's dialogs: atomic writes and safe display names (Node only, no Electron).
import { basename } from 'node:path';
import { safeFileName } from '../../shared/text/fileName';

/** A file's base name made safe to show and to pass back over IPC (at most 200 characters). */
export function safeBaseName(filePath: string): string {
  return safeFileName(basename(filePath), { replacement: '_' });
}

/** `name` with `.ext` appended unless it already ends with it (case-insensitive). */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? name : `${name}.${ext}`;
}

/** Writes via a temp file in the same folder, fsync, then rename (the hub's document writer). */
export { writeFileAtomic } from '../hub';
