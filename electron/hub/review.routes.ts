import type { Route } from './http/route';
import type { Room } from './room/room';
import { toReviewCsv } from './reviewCsv';

/** GET /api/review (JSON) and /api/review.csv: the 复盘 report of the room's session. */
export function reviewRoutes(room: Room, now: () => number): Route[] {
  return [
    { method: 'GET', path: '/api/review', roles: ['producer', 'assistant'], handle: () => ({ status: 200, json: room.review(now()) }) },
    {
      method: 'GET', path: '/api/review.csv', roles: ['producer', 'assistant'],
      handle: () => ({
        status: 200,
        contentType: 'text/csv; charset=utf-8',
        headers: { 'content-disposition': 'attachment; filename="livedeck-review.csv"' },
        body: toReviewCsv(room.review(now())),
      }),
    },
  ];
}
