import { productIdResolver } from '../../../shared/connectors/douyin';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RecordingErrorCode, RecordingKind, RecordingReview, RecordingSourceCounts } from '../../../shared/protocol/recording';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { loadSampleShow } from '../sampleShow';
import { readHarEvents } from './harEvents';
import { readJsonlEvents } from './jsonlEvents';
import { createOfflineRoom, type OfflineRoom } from './offlineRoom';

import { rejoin, sniffKind, textPieces } from './textChunks';

export interface ReviewRecordingOptions {
  /** The show the session ran (its products get their names and slots), or one per kind of file; default: see defaultShowFor. */
  show?: RunOfShow | ((kind: RecordingKind) => RunOfShow);
  /** Title of the review when no show is given (e.g. the file's name). */
  title?: string;
  roomId?: string;
  /** Bytes read so far. */
  onProgress?: (bytes: number) => void;
}

export type RecordingOutcome =
  | { ok: true; kind: RecordingKind; review: RecordingReview }
  | { ok: false; code: RecordingErrorCode };

/**
 * The show a recording is reviewed against when none is given: a LiveDeck recording was made
 * against the sample show (as `livedeck simulate` and `replay` use it); a HAR comes from the
 * platform, so its products stand alone (named by their Douyin ids) in an empty show.
 */
export function defaultShowFor(kind: RecordingKind, title = 'recording'): RunOfShow {
  if (kind === 'jsonl') return loadSampleShow();
  return { id: 'har', title: title.slice(0, 120) || 'HAR', products: [], slots: [] };
}

/**
 * Events of a recording (HAR or LiveDeck JSONL), in the order a live source would have delivered
 * them, with the counts of what the file held. One reader for `review`, `replay` and the app.
 */
export async function readRecordingEvents(
  chunks: AsyncIterable<Uint8Array | string>,
  opts: { roomId: string; show: (kind: RecordingKind) => RunOfShow; onProgress?: (bytes: number) => void },
  onEvents: (events: LiveEvent[], kind: RecordingKind) => void,
): Promise<{ ok: true; kind: RecordingKind; show: RunOfShow; counts: RecordingSourceCounts } | { ok: false; code: RecordingErrorCode }> {
  let bytes = 0;
  const counted = async function* () {
    for await (const p of textPieces(chunks)) {
      bytes += p.bytes;
      opts.onProgress?.(bytes);
      yield p;
    }
  };
  const pieces = counted();
  const { kind, head } = await sniffKind(pieces);
  if (!kind) return { ok: false, code: 'empty' };
  const show = opts.show(kind);
  const all = rejoin(head, pieces);
  if (kind === 'jsonl') {
    const counts = await readJsonlEvents(all, (events) => onEvents(events, kind));
    return counts.events === 0 ? { ok: false, code: 'not_recording' } : { ok: true, kind, show, counts };
  }
  const har = await readHarEvents(all, { roomId: opts.roomId, productIdFor: productIdResolver(show) }, (events) => onEvents(events, kind));
  return har.ok ? { ok: true, kind, show, counts: har.counts } : har;
}

/** The 复盘 of a recording: the hub's room built offline from its events, and GET /api/review's report of it. */
export async function reviewRecording(chunks: AsyncIterable<Uint8Array | string>, opts: ReviewRecordingOptions = {}): Promise<RecordingOutcome> {
  const roomId = opts.roomId ?? 'review';
  let room: OfflineRoom | null = null;
  const showFor = (kind: RecordingKind) => {
    const show = typeof opts.show === 'function' ? opts.show(kind) : (opts.show ?? defaultShowFor(kind, opts.title));
    room = createOfflineRoom({ show, roomId, startOnAir: kind === 'jsonl' });
    return show;
  };
  const read = await readRecordingEvents(chunks, { roomId, show: showFor, onProgress: opts.onProgress }, (events) => room!.ingest(events));
  if (!read.ok) return read;
  const offline = room as OfflineRoom | null ?? createOfflineRoom({ show: read.show, roomId, startOnAir: false });
  const source = { ...read.counts, duplicates: read.counts.duplicates + offline.duplicates };
  return { ok: true, kind: read.kind, review: { ...offline.review(), source } };
}
