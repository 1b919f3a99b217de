import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes';

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

/** The current hash route (#/console, #/prompter, #/rundown, #/review). */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => parseRoute(location.hash));
}
