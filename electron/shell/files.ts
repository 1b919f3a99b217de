// File helpers for the shell's dialogs: atomic writes and safe display names (Node only, no Electron).
import { basename } from 'node:path';

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A file's base name made safe to show and to pass back over IPC (at most 200 characters). */
export function safeBaseName(filePath: string): string {
  const name = basename(filePath).replace(UNSAFE, '_').trim().slice(0, 200);
  return name === '' || name === '.' || name === '..' ? 'file' : name;
}

/** `name` with `.ext` appended unless it already ends with it (case-insensitive). */
export function withExtension(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? name : `${name}.${ext}`;
}

/** Writes via a temp file in the same folder, fsync, then rename (the hub's document writer). */
export { writeFileAtomic } from '../hub';
