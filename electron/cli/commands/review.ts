import { stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { RecordingErrorCode, RecordingReview } from '../../../shared/protocol/recording';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { fmtInt, fmtPrice } from '../../../shared/text/numberFormat';
import { openRecording, reviewRecording, toReviewCsv, toReviewHtml, writeFileAtomic } from '../../hub';
import { type CliIo, parseFlags, UsageError } from '../io';
import { readShowFile } from '../showFile';
import { printHtmlToPdf } from '../pdf';

const USAGE = 'usage: livedeck review FILE [--json] [--out report.html|report.pdf|report.csv] [--show SHOW.json]';
const OUT_KINDS = ['.html', '.htm', '.csv', '.pdf'] as const;
const PROGRESS_FROM_BYTES = 32 * 1024 * 1024;
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);

export interface ReviewOptions {
  file: string;
  json: boolean;
  out: string | null;
  show: RunOfShow | undefined;
}

/** Parse and check `livedeck review` arguments (UsageError on any mistake). */
export async function parseReviewArgs(args: string[]): Promise<ReviewOptions> {
  const { flags, positionals } = parseFlags(args, ['out', 'show'], ['json']);
  if (positionals.length !== 1) throw new UsageError(USAGE);
  const file = positionals[0]!;
  const st = await stat(file).catch(() => null);
  if (!st?.isFile()) throw new UsageError(`${file}: no such file`);
  let out: string | null = null;
  if (flags.out !== undefined) {
    out = String(flags.out);
    if (!(OUT_KINDS as readonly string[]).includes(extname(out).toLowerCase())) throw new UsageError('--out must end in .html, .csv or .pdf');
    const dir = await stat(dirname(resolve(out))).catch(() => null);
    if (!dir?.isDirectory()) throw new UsageError(`--out: directory ${dirname(resolve(out))} does not exist`);
  }
  const show = typeof flags.show === 'string' ? await readShowFile(flags.show) : undefined;
  return { file, json: flags.json === true, out, show };
}

/** Why a file could not be reviewed, for people (the codes are shared/protocol/recording.ts). */
export const RECORDING_ERROR_TEXT: Record<RecordingErrorCode, string> = {
  not_json: 'not valid JSON: a HAR that was cut short or damaged (不是有效的 JSON，HAR 文件可能不完整)',
  not_har: 'JSON, but not a HAR: it has no log.entries (不是 HAR 文件)',
  empty: 'nothing in it: an empty file, or a HAR without entries (文件为空)',
  not_recording: 'neither a HAR nor a LiveDeck recording (JSON lines of events) (既不是 HAR 也不是 LiveDeck 录制文件)',
  too_large: 'too large to open (文件过大)',
};

function summary(r: RecordingReview, file: string): string {
  const t = r.totals;
  const s = r.source;
  const minutes = Math.round(((r.endedAt ?? r.generatedAt) - r.startedAt) / 60_000);
  const lines = [
    `复盘 ${r.title} — ${basename(file)} (${minutes} min)`,
    `  成交金额 GMV (refunds not removed) ${fmtPrice(t.gmv)}   退款 refunds ${fmtPrice(t.refundAmount)}`,
    `  paid orders ${fmtInt(t.paidOrders)}   buyers ${fmtInt(t.buyers)}   units ${fmtInt(t.units)}   unpaid ${fmtInt(t.unpaidOrders)}`,
    `  comments ${fmtInt(t.comments)}   online (last) ${fmtInt(t.online)}   cumulative viewers ${fmtInt(t.totalViewers)}`,
    `  source: ${s.entries} entries, ${s.events} events (${s.duplicates} duplicates), ${s.unparsed} unparsed, ${s.ignored} ignored`,
  ];
  for (const p of r.products.slice(0, 10)) lines.push(`  · ${p.name}: ${fmtPrice(p.gmv)}, ${p.buyers} buyers, refunds ${fmtPrice(p.refundAmount)}`);
  return lines.join('\n') + '\n';
}

/**
 * `livedeck review FILE [--json] [--out report.html|.pdf|.csv] [--show SHOW.json]`: the 复盘 of a
 * LiveDeck recording or a HAR of the seller's Douyin console, built offline by the hub's own room.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const opts = await parseReviewArgs(args);
  const size = (await stat(opts.file)).size;
  let told = 0;
  // A large file: say how far the reading got, about every 10 %.
  const onProgress = size < PROGRESS_FROM_BYTES ? undefined : (bytes: number) => {
    if (bytes - told < size / 10 && bytes < size) return;
    told = bytes;
    io.stderr.write(`review: read ${mb(bytes)} of ${mb(size)} MB\n`);
  };
  const outcome = await reviewRecording(openRecording(opts.file, { highWaterMark: 1 << 20 }), {
    ...(opts.show ? { show: opts.show } : {}),
    title: basename(opts.file),
    onProgress,
  });
  if (!outcome.ok) {
    io.stderr.write(`livedeck review: ${opts.file}: ${RECORDING_ERROR_TEXT[outcome.code]}\n`);
    return 1;
  }
  const report = outcome.review;
  io.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report, opts.file));
  if (opts.out) {
    const ext = extname(opts.out).toLowerCase();
    if (ext === '.csv') await writeFileAtomic(opts.out, toReviewCsv(report));
    else if (ext === '.pdf') {
      const printed = await printHtmlToPdf(toReviewHtml(report), opts.out);
      if (!printed.ok) {
        io.stderr.write(`livedeck review: cannot write ${opts.out}: ${printed.error}\n`);
        return 1;
      }
    } else await writeFileAtomic(opts.out, toReviewHtml(report));
    io.stderr.write(`review: wrote ${opts.out}\n`);
  }
  return 0;
}
