import { useCallback, useEffect, useState } from 'react';
import type { ReviewSession } from '../../../../shared/protocol/review';
import { hubApi } from '../../services/hubHttp';

/** How often the list is asked again while a past session's report is being built. */
const BUILDING_POLL_MS = 1500;

/**
 * GET /api/review/sessions: the sessions the 复盘 can show (null until loaded; error text on
 * failure), asked again while any report is still being built (status 'building').
 */
export function useSessions(enabled: boolean): { sessions: ReviewSession[] | null; error: string | null; reload: () => void } {
  const [sessions, setSessions] = useState<ReviewSession[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const c = new AbortController();
    hubApi('reviewSessions', { signal: c.signal }).then(
      (r) => { setSessions(r.sessions); setError(null); },
      (e: unknown) => { if (!c.signal.aborted) setError(e instanceof Error ? e.message : String(e)); },
    );
    return () => c.abort();
  }, [enabled, n]);
  // Reports still being built on the hub: ask again until every one is ready.
  const building = sessions?.some((s) => s.status === 'building') ?? false;
  useEffect(() => {
    if (!enabled || !building) return;
    const t = setTimeout(() => setN((x) => x + 1), BUILDING_POLL_MS);
    return () => clearTimeout(t);
  }, [enabled, building, sessions]);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return { sessions, error, reload };
}
