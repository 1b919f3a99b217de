import { DOCUMENT_EXTENSION } from '../../../shared/protocol/document';
import { isWindowsReservedName } from '../../../shared/text/fileName';

// Letters, digits, spaces and a few separators; no path separators, no leading dot.
const NAME = /^[\p{L}\p{N}][\p{L}\p{N} _().\-·（）【】]{0,99}$/u;

/**
 * A document name as the user types it ("秋冬女装专场", "周五晚8点.livedeck.json") → the bare
 * name, or null when it could escape the shows folder or is not a portable file name.
 */
export function documentName(input: string): string | null {
  let name = input.normalize('NFC').trim();
  if (name.toLowerCase().endsWith(DOCUMENT_EXTENSION)) name = name.slice(0, -DOCUMENT_EXTENSION.length).trim();
  if (!NAME.test(name) || name.includes('..') || name.endsWith('.') || isWindowsReservedName(name)) return null;
  return name;
}

export const fileNameOf = (name: string): string => `${name}${DOCUMENT_EXTENSION}`;

export const INVALID_NAME_MESSAGE = '文件名无效：只能用中英文、数字、空格和 _ - . ( ) ·，不超过 100 字 / Invalid name: letters, digits, spaces and _ - . ( ) · only, up to 100 characters';
