import { ImportFileError } from './importError';

/** Largest total uncompressed size accepted for an XLSX (guards against zip bombs). */
export const MAX_UNZIPPED_BYTES = 400 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

/**
 * Reads the ZIP central directory and refuses archives whose declared uncompressed size or entry
 * count is out of proportion, before exceljs inflates anything.
 */
export function checkZip(buf: Buffer): void {
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
  let total = 0;
  for (let k = 0; k < entries; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw corrupt();
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ImportFileError('unsupported', '不支持 ZIP64 格式的 XLSX / ZIP64 XLSX files are not supported');
    total += size;
    if (total > MAX_UNZIPPED_BYTES) {
      throw new ImportFileError('too_large', `XLSX 解压后超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB，疑似压缩炸弹，已拒绝 / The XLSX would inflate beyond the limit (zip bomb?)`);
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
}
