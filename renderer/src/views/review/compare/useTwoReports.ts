import { useEffect, useState } from 'react';
import type { ReviewReport } from '../../../../../shared/protocol/review';
import { fetchReview, isReviewError, type ReviewError } from '../useReviewReport';

export interface TwoReports {
  a: ReviewReport | null;
  b: ReviewReport | null;
  error: ReviewError | null;
}

/** Both sessions' reports (each validated against the contract), fetched as role `as`. */
export function useTwoReports(as: string | null, a: string | null, b: string | null): TwoReports {
  const [state, setState] = useState<TwoReports>({ a: null, b: null, error: null });
  useEffect(() => {
    if (as === null || a === null || b === null) return;
    const c = new AbortController();
    const id = (s: string) => (s === 'current' ? null : s);
    Promise.all([fetchReview(c.signal, id(a)), fetchReview(c.signal, id(b))]).then(
      ([ra, rb]) => { if (!c.signal.aborted) setState({ a: ra, b: rb, error: null }); },
      (e: unknown) => {
        if (!c.signal.aborted) setState({ a: null, b: null, error: isReviewError(e) ? e : { kind: 'network', status: null } });
      },
    );
    return () => c.abort();
  }, [as, a, b]);
  return state;
}
