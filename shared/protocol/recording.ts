import { z } from 'zod';
import { ReviewReport } from './review';

/**
 * A recorded session opened for 复盘: a LiveDeck recording (JSON lines of LiveEvents, as the
 * recorder and `livedeck simulate` write) or a browser's HAR of the seller's Douyin console.
 */
export const RECORDING_KINDS = ['jsonl', 'har'] as const;
export type RecordingKind = (typeof RECORDING_KINDS)[number];

/**
 * Why a file cannot be reviewed: a HAR that is not JSON (or cut short), JSON that is not a HAR,
 * a file with nothing in it, a file that is neither a HAR nor a recording, or one over the limit.
 */
export const RECORDING_ERROR_CODES = ['not_json', 'not_har', 'empty', 'not_recording', 'too_large'] as const;
export type RecordingErrorCode = (typeof RECORDING_ERROR_CODES)[number];

/** Largest recording the hub opens from an upload. */
export const RECORDING_MAX_BYTES = 256 * 1024 * 1024;

/**
 * What the file held. entries: HAR entries or non-blank JSONL lines; events: events they gave,
 * before de-duplication; duplicates: of those, the ones dropped as already seen (the platform's
 * message id: the same comment delivered by several polls counts once); unparsed: entries of
 * endpoints the connector knows that gave no data (HTTP errors, broken or truncated bodies), or
 * JSONL lines that are not LiveEvents; ignored: unrelated HAR entries (images, beacons, other APIs).
 */
export const RecordingSourceCounts = z.object({
  entries: z.number().int().min(0),
  events: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  unparsed: z.number().int().min(0),
  ignored: z.number().int().min(0),
});
export type RecordingSourceCounts = z.infer<typeof RecordingSourceCounts>;

/** The 复盘 of a recording: exactly the GET /api/review report, plus what the file held. */
export const RecordingReview = ReviewReport.extend({ source: RecordingSourceCounts });
export type RecordingReview = z.infer<typeof RecordingReview>;
