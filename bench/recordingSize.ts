/**
 * Size of the raw-stream recording per hour of a room (issue 15): a simulated stream
 * (`livedeck simulate`) written the way sources/recorder.ts writes it — JSON lines, gzip level 6,
 * a Z_SYNC_FLUSH every 2 s of the stream's own time (the recorder flushes every 2 s of wall time) —
 * then read back through recordings/recordingFile.ts (openRecording) to check every line is there.
 *
 *   node bin/livedeck.js simulate --preset top --seed 1 --minutes 10 --out /tmp/top10.jsonl
 *   npx tsx bench/recordingSize.ts /tmp/top10.jsonl
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { openRecording } from '../electron/hub/recordings/recordingFile';

const FLUSH_MS = 2000;
const MiB = 1024 * 1024;

async function main(): Promise<void> {
  const input = process.argv[2];
  if (!input) throw new Error('usage: npx tsx bench/recordingSize.ts FILE.jsonl');
  const dir = mkdtempSync(join(tmpdir(), 'ld-recsize-'));
  const out = join(dir, 'recording.jsonl.gz');
  try {
    const zip = createGzip({ level: 6 });
    const file = createWriteStream(out);
    zip.pipe(file);
    let first = 0;
    let last = 0;
    let nextFlush = 0;
    let lines = 0;
    const t = Date.now();
    for await (const line of createInterface({ input: createReadStream(input, { encoding: 'utf8' }), crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const ts = (JSON.parse(line) as { ts: number }).ts;
      if (!first) { first = ts; nextFlush = ts + FLUSH_MS; }
      last = Math.max(last, ts);
      lines++;
      if (!zip.write(line + '\n')) await new Promise((r) => zip.once('drain', r));
      if (ts >= nextFlush) { zip.flush(constants.Z_SYNC_FLUSH); nextFlush = ts + FLUSH_MS; }
    }
    zip.end();
    await finished(file);
    const ms = Date.now() - t;
    let back = 0;
    let carry = '';
    for await (const chunk of openRecording(out, { encoding: 'utf8' })) {
      const parts = (carry + (chunk as string)).split('\n');
      carry = parts.pop() ?? '';
      back += parts.filter((l) => l.trim()).length;
    }
    const hours = (last - first) / 3_600_000;
    const plain = statSync(input).size;
    const gz = statSync(out).size;
    console.log(`${lines} events over ${((last - first) / 60_000).toFixed(1)} min (read back: ${back})`);
    console.log(`plain .jsonl   ${(plain / MiB).toFixed(1)} MiB = ${(plain / MiB / hours).toFixed(1)} MiB/h`);
    console.log(`.jsonl.gz (6)  ${(gz / MiB).toFixed(1)} MiB = ${(gz / MiB / hours).toFixed(1)} MiB/h  (${(plain / gz).toFixed(1)}× smaller; ${(ms / 1000).toFixed(1)} s wall here, line parsing included)`);
    if (back !== lines) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
