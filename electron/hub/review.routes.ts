import type { RouteHandlers } from './http/route';
import { apiError } from './http/route';
import type { Room } from './room/room';
import type { PastSessions } from './review/pastSessions';
import { toReviewCsv } from './reviewCsv';

type ReviewRoute = 'review' | 'reviewCsv' | 'reviewSessions' | 'reviewSession';

/**
 * GET /api/review (JSON) and /api/review.csv: the 复盘 report of the room's session;
 * GET /api/review/sessions and /api/review/sessions/:id: past sessions and their reports.
 */
export function reviewRoutes(room: Room, now: () => number, past: PastSessions): RouteHandlers<ReviewRoute> {
  return {
    review: () => ({ status: 200, json: room.review(now()) }),
    reviewCsv: () => ({
      status: 200,
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': 'attachment; filename="livedeck-review.csv"' },
      body: toReviewCsv(room.review(now())),
    }),
    reviewSessions: async () => ({ status: 200, json: { ok: true, sessions: await past.list(room.review(now())) } }),
    reviewSession: async ({ params }) => {
      if (params.id === 'current') return { status: 200, json: room.review(now()) };
      const r = await past.report(params.id);
      switch (r.state) {
        case 'ready': return { status: 200, json: r.report };
        case 'missing': return apiError(404, 'not_found', `没有这场直播：${params.id} / No such session`);
        case 'building': return { ...apiError(503, 'building', '复盘生成中… / The report is being built'), headers: { 'retry-after': '1' } };
        case 'error': return apiError(422, 'unreadable', `无法读取这场直播的记录 / Cannot read this session: ${r.error}`);
      }
    },
  } satisfies RouteHandlers<ReviewRoute>;
}
