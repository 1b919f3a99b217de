import type { ReviewReport } from '../../shared/protocol/review';
import { apiError, type ApiErrorResponse, type RouteHandlers } from './http/route';
import type { Room } from './room/room';
import type { PastSessions } from './review/pastSessions';
import { toCompareCsv, toReviewCsv } from './reviewCsv';

type ReviewRoute = 'review' | 'reviewCsv' | 'reviewSessions' | 'reviewSession' | 'reviewSessionCsv' | 'reviewCompareCsv';

/**
 * GET /api/review (JSON) and /api/review.csv: the 复盘 report of the room's session;
 * GET /api/review/sessions and /api/review/sessions/:id: past sessions and their reports;
 * GET /api/review/sessions/:id/csv and /api/review/compare/:a/:b/csv: a session's and a comparison's CSV.
 */
export function reviewRoutes(room: Room, now: () => number, past: PastSessions): RouteHandlers<ReviewRoute> {
  /** A listed session's report ('current' = the room's), or the error reply (404, 422, 503 building). */
  async function reportOf(id: string): Promise<{ ok: true; report: ReviewReport } | { ok: false; res: ApiErrorResponse }> {
    if (id === 'current') return { ok: true, report: room.review(now()) };
    const r = await past.report(id);
    switch (r.state) {
      case 'ready': return { ok: true, report: r.report };
      case 'missing': return { ok: false, res: apiError(404, 'not_found', `没有这场直播：${id} / No such session`) };
      case 'building': return { ok: false, res: { ...apiError(503, 'building', '复盘生成中… / The report is being built'), headers: { 'retry-after': '1' } } };
      case 'error': return { ok: false, res: apiError(422, 'unreadable', `无法读取这场直播的记录 / Cannot read this session: ${r.error}`) };
    }
  }
  const csv = (body: string, name: string) => ({
    status: 200 as const,
    contentType: 'text/csv; charset=utf-8',
    headers: { 'content-disposition': `attachment; filename="${name}"` },
    body,
  });

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
      const r = await reportOf(params.id);
      return r.ok ? { status: 200, json: r.report } : r.res;
    },
    reviewSessionCsv: async ({ params }) => {
      const r = await reportOf(params.id);
      return r.ok ? csv(toReviewCsv(r.report), 'livedeck-review.csv') : r.res;
    },
    reviewCompareCsv: async ({ params }) => {
      const a = await reportOf(params.a);
      if (!a.ok) return a.res;
      const b = await reportOf(params.b);
      if (!b.ok) return b.res;
      return csv(toCompareCsv(a.report, b.report), 'livedeck-compare.csv');
    },
  } satisfies RouteHandlers<ReviewRoute>;
}
