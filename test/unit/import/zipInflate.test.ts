import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importCatalog } from '../../../electron/hub/import/importCatalog';
import { checkZip, MAX_UNZIPPED_BYTES } from '../../../electron/hub/import/zipGuard';
import { importInWorker } from '../../../electron/hub/workers/importJob';

/** A one-entry ZIP whose directory DECLARES `declaredSize` bytes for `content` (a liar when smaller). */
function lyingZip(name: string, content: Buffer, declaredSize: number): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const fname = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(declaredSize, 22); local.writeUInt16LE(fname.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(declaredSize, 24); central.writeUInt16LE(fname.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + fname.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(1, 8); eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + fname.length, 12); eocd.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, fname, data, central, fname, eocd]);
}

describe('XLSX inflate limit: actual bytes, whatever the ZIP claims', () => {
  it('stops a ZIP that declares 100 bytes but inflates to 4 MiB at a 1 MiB limit', () => {
    const zip = lyingZip('xl/worksheets/sheet1.xml', Buffer.alloc(4 * 1024 * 1024, 0x41), 100);
    expect(zip.length).toBeLessThan(64 * 1024);
    expect(() => checkZip(zip, 1024 * 1024)).toThrow(expect.objectContaining({ code: 'unzipped_too_large' }));
    // The same archive within the limit passes: the check counts, it does not guess.
    expect(() => checkZip(zip, 8 * 1024 * 1024)).not.toThrow();
  });

  it('refuses a lying bomb past the import limit as unzipped_too_large, inline and in the worker', async () => {
    const zip = lyingZip('xl/worksheets/sheet1.xml', Buffer.alloc(MAX_UNZIPPED_BYTES + 1024 * 1024, 0x20), 1000);
    await expect(importCatalog(zip, { filename: 'bomb.xlsx' })).rejects.toMatchObject({ code: 'unzipped_too_large' });
    const out = await importInWorker(zip, { filename: 'bomb.xlsx' });
    expect(out).toMatchObject({ ok: false, code: 'unzipped_too_large' });
  });

  it('calls broken deflate data corrupt', () => {
    const zip = lyingZip('a.xml', Buffer.alloc(1000, 0x41), 1000);
    zip.fill(0xff, 30 + 5, 30 + 12);
    expect(() => checkZip(zip)).toThrow(expect.objectContaining({ code: 'corrupt' }));
  });
});
