import type { RouteHandlers } from './http/route';
import type { Room } from './room/room';
import { toReviewCsv } from './reviewCsv';

/** GET /api/review (JSON) and /api/review.csv: the 复盘 report of the room's session. */
export function reviewRoutes(room: Room, now: () => number): RouteHandlers<'review' | 'reviewCsv'> {
  return {
    review: () => ({ status: 200, json: room.review(now()) }),
    reviewCsv: () => ({
      status: 200,
      contentType: 'text/csv; charset=utf-8',
      headers: { 'content-disposition': 'attachment; filename="livedeck-review.csv"' },
      body: toReviewCsv(room.review(now())),
    }),
  } satisfies RouteHandlers<'review' | 'reviewCsv'>;
}
