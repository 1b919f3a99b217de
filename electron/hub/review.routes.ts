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
    reviewSessions: () => ({ status: 200, json: { ok: true, sessions: past.list(room.review(now())) } }),
    reviewSession: ({ params }) => {
      if (params.id === 'current') return { status: 200, json: room.review(now()) };
      try {
        const report = past.report(params.id);
        return report ? { status: 200, json: report } : apiError(404, 'not_found', `没有这场直播：${params.id} / No such session`);
      } catch (e) {
        return apiError(422, 'unreadable', `无法读取这场直播的记录 / Cannot read this session: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
  } satisfies RouteHandlers<ReviewRoute>;
}
