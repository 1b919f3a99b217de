import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeLine, type JournalRecord, type SessionHeader } from './format';

export interface JournalScan {
  header: SessionHeader | null;
  /** The first line was not a readable header: `header` is the caller's stand-in. */
  headerDamaged: boolean;
  /** Records handed to `onRecord` (the header included). */
  records: number;
  /** Complete lines that did not parse (skipped, counted). */
  badLines: number;
  /** Bytes up to the end of the last complete line: a torn tail after it is cut before appending. */
  goodBytes: number;
  totalBytes: number;
}

const CHUNK = 4 * 1024 * 1024;
const NL = 0x0a;

export interface ReadFrom {
  /** Start reading at this byte (a checkpoint's offset: the start of a line)… */
  offset: number;
  /** …with the journal's header already known. */
  header: SessionHeader;
}

/**
 * Read a journal front to back (or from a checkpoint's offset), one record at a time, without
 * holding the file in memory. A line without its newline (a write torn by a crash) is not a
 * record. When the first line is not a readable header, `standIn` (if given) takes its place so
 * the body is still recovered; the damaged header is counted.
 */
export function readJournal(path: string, onRecord: (r: JournalRecord, header: SessionHeader | null) => void,
  opts: { from?: ReadFrom; standIn?: () => SessionHeader } = {}): JournalScan {
  const fd = openSync(path, 'r');
  const from = opts.from;
  const scan: JournalScan = { header: from?.header ?? null, headerDamaged: false, records: 0, badLines: 0, goodBytes: from?.offset ?? 0, totalBytes: fstatSync(fd).size };
  let first = !from;
  try {
    let carry: Buffer = Buffer.alloc(0);
    let pos = from?.offset ?? 0;
    const buf = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, pos);
      if (n <= 0) break;
      pos += n;
      const data: Buffer = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(NL, start); nl >= 0; nl = data.indexOf(NL, start)) {
        const line = data.toString('utf8', start, nl);
        scan.goodBytes += nl + 1 - start;
        start = nl + 1;
        if (!line.trim()) continue;
        const rec = decodeLine(line, scan.header);
        if (first) {
          first = false;
          if (rec?.k !== 'session' && opts.standIn) {
            scan.header = opts.standIn();
            scan.headerDamaged = true;
            scan.badLines++;
            onRecord(scan.header, scan.header);
            if (!rec) continue;
          }
        }
        if (!rec) { scan.badLines++; continue; }
        if (rec.k === 'session') {
          if (scan.header) { scan.badLines++; continue; }
          scan.header = rec;
        } else if (!scan.header) {
          scan.badLines++;
          continue;
        }
        scan.records++;
        onRecord(rec, scan.header);
      }
      // Copy: `buf` is reused for the next read.
      carry = Buffer.from(data.subarray(start));
    }
  } finally {
    closeSync(fd);
  }
  return scan;
}
