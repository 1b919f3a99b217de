import { getSession } from './session';
import { useConnectionStore } from '../store/connection.slice';

/** Calls the hub's HTTP API (/api/…) with the access token and the current role. */
export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = getSession().token;
  if (token) headers.set('authorization', `Bearer ${token}`);
  headers.set('x-livedeck-role', useConnectionStore.getState().role);
  return fetch(path, { ...init, headers, credentials: 'same-origin' });
}
