import { useCallback, useEffect, useState } from 'react';
import type { ReviewSession } from '../../../../shared/protocol/review';
import { hubApi } from '../../services/hubHttp';

/** GET /api/review/sessions: the sessions the 复盘 can show (null until loaded; error text on failure). */
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
  const reload = useCallback(() => setN((x) => x + 1), []);
  return { sessions, error, reload };
}
