import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewReport } from '../../../../shared/protocol/review';
import { ApiError, hubApi } from '../../services/hubHttp';

export type ReviewErrorKind = 'auth' | 'forbidden' | 'network' | 'server' | 'invalid';
export interface ReviewError {
  kind: ReviewErrorKind;
  status: number | null;
}

export interface ReviewState {
  report: ReviewReport | null;
  error: ReviewError | null;
  loading: boolean;
  /** Local time the last good report arrived. */
  fetchedAt: number | null;
  /** The hub is still building this past session's report (asked again until it is ready). */
  building: boolean;
}

const AUTO_REFRESH_MS = 30_000;
/** How soon to ask again while the hub builds a past session's report. */
const BUILDING_RETRY_MS = 1000;

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve, reject) => {
  const t = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => { clearTimeout(t); reject(signal.reason); }, { once: true });
});

function errorOf(status: number): ReviewError {
  if (status === 401) return { kind: 'auth', status };
  if (status === 403) return { kind: 'forbidden', status };
  return { kind: 'server', status };
}

/**
 * GET /api/review (or a past session's report: GET /api/review/sessions/:id), validated against
 * the contract on receipt; while the hub is still building a past session's report (503
 * building) it calls `onBuilding` and asks again every second. Throws a ReviewError.
 */
export async function fetchReview(signal: AbortSignal, session: string | null = null, onBuilding?: () => void): Promise<ReviewReport> {
  for (;;) {
    try {
      return session === null ? await hubApi('review', { signal }) : await hubApi('reviewSession', { params: { id: session }, signal });
    } catch (e) {
      // A past session whose report the hub is still building: say so, and ask again shortly.
      if (!signal.aborted && e instanceof ApiError && e.status === 503 && e.code === 'building') {
        onBuilding?.();
        await sleep(BUILDING_RETRY_MS, signal);
        continue;
      }
      throw refusalOf(e, signal);
    }
  }
}

/** What fetchReview throws for a failed call: the ReviewError (or the abort as it came). */
function refusalOf(e: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return e;
  if (!(e instanceof ApiError) || e.status === 0) return { kind: 'network', status: null } satisfies ReviewError;
  if (e.code === 'invalid_reply') return { kind: 'invalid', status: e.status } satisfies ReviewError;
  return errorOf(e.status);
}

export const isReviewError = (e: unknown): e is ReviewError => typeof e === 'object' && e !== null && 'kind' in e;

/**
 * The 复盘 report of the hub's session (or of past session `session`), fetched as role `as` (null:
 * do not fetch — a role that may not see it). Refetches when the role or session changes, keeps
 * the last good report while refreshing, and refreshes every 30 s while the show is still live.
 */
export function useReviewReport(as: string | null, session: string | null = null): ReviewState & { refresh: () => void } {
  const enabled = as !== null;
  const [state, setState] = useState<ReviewState>({ report: null, error: null, loading: enabled, fetchedAt: null, building: false });
  const ctl = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    ctl.current?.abort();
    const c = new AbortController();
    ctl.current = c;
    setState((s) => ({ ...s, loading: true }));
    fetchReview(c.signal, session, () => setState((s) => (s.building ? s : { ...s, building: true }))).then(
      (report) => {
        if (!c.signal.aborted) setState({ report, error: null, loading: false, fetchedAt: Date.now(), building: false });
      },
      (e: unknown) => {
        if (c.signal.aborted) return;
        const error = isReviewError(e) ? e : ({ kind: 'network', status: null } as const);
        setState((s) => ({ ...s, error, loading: false, building: false }));
      },
    );
  }, [session]);

  useEffect(() => {
    if (!enabled) return;
    refresh();
    return () => ctl.current?.abort();
  }, [enabled, as, refresh]);

  const live = session === null && state.report !== null && state.report.endedAt === null;
  useEffect(() => {
    if (!enabled || !live) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, AUTO_REFRESH_MS);
    return () => clearInterval(timer);
  }, [enabled, live, refresh]);

  return { ...state, refresh };
}
