import { IMPORT_HEADERS } from '../../../shared/protocol/http';
import type { RecordingErrorCode, RecordingKind } from '../../../shared/protocol/recording';
import { apiError, type ApiRequest, type RouteHandlers } from '../http/route';
import type { Room } from '../room/room';
import { gunzipChunks, isGzipBytes, RecordingTooLarge } from './recordingFile';
import { reviewRecording } from './reviewRecording';
import { bufferChunks } from './textChunks';

const MESSAGE: Record<RecordingErrorCode, string> = {
  not_json: '不是有效的 JSON，HAR 文件可能不完整 / not valid JSON (a cut or damaged HAR)',
  not_har: '不是 HAR 文件 / JSON, but not a HAR',
  empty: '文件为空 / the file (or its HAR) is empty',
  not_recording: '既不是 HAR 也不是 LiveDeck 录制文件 / neither a HAR nor a LiveDeck recording',
  too_large: '文件太大 / file too large',
};

/** The most text an uploaded gzipped recording may unpack to. */
const RECORDING_TEXT_MAX_BYTES = 4 * 1024 * 1024 * 1024;

function fileName(req: ApiRequest): string | undefined {
  const v = req.headers[IMPORT_HEADERS.filename];
  const s = Array.isArray(v) ? v[0] : v;
  if (!s) return undefined;
  try { return decodeURIComponent(s); } catch { return s; }
}

/** POST /api/review/open: the 复盘 of an uploaded recording, built offline (never touching the live room). */
export function recordingRoutes(room: Room): RouteHandlers<'reviewOpen'> {
  return {
    async reviewOpen(req) {
      const name = fileName(req) ?? 'recording';
      // A LiveDeck recording was made against this hub's show. A HAR may come from any broadcast:
      // only the show's catalog names its products (by shop id), its slots are not assumed.
      const show = (kind: RecordingKind) => (kind === 'jsonl' ? room.show : { ...room.show, title: name.slice(0, 120), slots: [] });
      // A recording the hub wrote is gzipped (.jsonl.gz); its text may be ~15× the upload, so it is capped too.
      const chunks = isGzipBytes(req.body) ? gunzipChunks(req.body, RECORDING_TEXT_MAX_BYTES) : bufferChunks(req.body);
      let outcome;
      try {
        outcome = await reviewRecording(chunks, { show, title: name });
      } catch (e) {
        if (!(e instanceof RecordingTooLarge)) throw e;
        outcome = { ok: false as const, code: 'too_large' as const };
      }
      if (!outcome.ok) return apiError(422, outcome.code, MESSAGE[outcome.code]);
      return { status: 200, json: outcome.review };
    },
  };
}
