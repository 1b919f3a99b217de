import { inflateRawSync } from 'node:zlib';
import { ImportFileError } from './importError';

/**
 * Largest total of ACTUALLY inflated bytes accepted for an XLSX (all entries together). exceljs
 * needs roughly 6–7× the XML size in heap, so this keeps a legitimate big catalog inside the
 * import worker's memory cap (electron/hub/import/importJob.ts) while a zip bomb stops early.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const bomb = (limit: number) => new ImportFileError('unzipped_too_large', `XLSX 解压后超过 ${mb(limit)}，疑似压缩炸弹，已拒绝 / The XLSX inflates beyond ${mb(limit)} (zip bomb?)`);

/**
 * Refuses an XLSX whose ZIP would inflate out of proportion, before exceljs inflates anything:
 * first by the sizes the central directory DECLARES (cheap; `too_large`), then by inflating every
 * entry with an output cap and counting the bytes it REALLY produces (`unzipped_too_large`) —
 * a ZIP that lies about its sizes stops at the limit, never beyond it.
 */
export function checkZip(buf: Buffer, limit = MAX_UNZIPPED_BYTES): void {
  const corrupt = () => new ImportFileError('corrupt', 'XLSX 文件已损坏（ZIP 目录无法读取） / The XLSX file is corrupt (unreadable ZIP directory)');
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw corrupt();
  const entries = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) throw new ImportFileError('unsupported', '不支持 ZIP64 格式的 XLSX / ZIP64 XLSX files are not supported');
  if (entries > MAX_ENTRIES) throw new ImportFileError('too_large', 'XLSX 内部文件过多 / Too many entries in the XLSX archive');
  if (cdOffset + cdSize > buf.length) throw corrupt();
  let p = cdOffset;
  let declared = 0;
  const found: { method: number; compressed: number; local: number }[] = [];
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt();
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ImportFileError('unsupported', '不支持 ZIP64 格式的 XLSX / ZIP64 XLSX files are not supported');
    declared += size;
    if (declared > limit) {
      throw new ImportFileError('too_large', `XLSX 解压后超过 ${mb(limit)}，疑似压缩炸弹，已拒绝 / The XLSX would inflate beyond the limit (zip bomb?)`);
    }
    found.push({ method, compressed, local: buf.readUInt32LE(p + 42) });
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  let actual = 0;
  for (const e of found) {
    if (e.local + 30 > buf.length || buf.readUInt32LE(e.local) !== 0x04034b50) throw corrupt();
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    if (start + e.compressed > buf.length) throw corrupt();
    if (e.method === 0) actual += e.compressed;
    else if (e.method === 8) actual += inflatedSize(buf.subarray(start, start + e.compressed), limit - actual, limit);
    else throw new ImportFileError('unsupported', `XLSX 使用了不支持的压缩方式 ${e.method} / Unsupported ZIP compression method`);
    if (actual > limit) throw bomb(limit);
  }
}

/** Inflates one entry with its output capped at `room` bytes; more than that is a zip bomb. */
function inflatedSize(data: Buffer, room: number, limit: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, room) }).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(limit);
    throw new ImportFileError('corrupt', 'XLSX 文件已损坏（压缩数据无法解开） / The XLSX file is corrupt (bad compressed data)');
  }
}
