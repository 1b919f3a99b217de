import { useSyncExternalStore } from 'react';

/**
 * The review's own place inside its hash route: `#/review` (the hub's current session),
 * `#/review?session=ID` (a past session) and `#/review/compare?a=ID&b=ID` (直播PK).
 */
export interface ReviewPlace {
  view: 'report' | 'compare';
  /** Session shown by the report view (null = the current one). */
  session: string | null;
  a: string | null;
  b: string | null;
}

export function parseReviewHash(hash: string): ReviewPlace {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?');
  const q = new URLSearchParams(query);
  const view = path.split('/')[1] === 'compare' ? 'compare' : 'report';
  const session = q.get('session');
  return { view, session: session && session !== 'current' ? session : null, a: q.get('a'), b: q.get('b') };
}

export const reportHash = (session: string | null): string => (session ? `#/review?session=${encodeURIComponent(session)}` : '#/review');
export const compareHash = (a: string, b: string): string => `#/review/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

/** The hash, kept current (the place is parsed from it by the caller). */
export function useReviewHash(): string {
  return useSyncExternalStore(subscribe, () => location.hash);
}
