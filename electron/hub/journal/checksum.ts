import { crc32 } from 'node:zlib';

/** CRC-32 of a string's UTF-8 bytes, as 8 hex digits: the journal's per-record and checkpoint checksum. */
export function checksum(text: string | Uint8Array): string {
  return crc32(text).toString(16).padStart(8, '0');
}
