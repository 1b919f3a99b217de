import { getHubAuth } from './hubAdapter';

/** Headers every /api call of the editor carries: the hub token and the producer role. */
export function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const { token } = getHubAuth();
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-livedeck-role': 'producer', ...extra };
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly body: unknown) {
    super(message);
  }
}

/** JSON request to the hub; non-2xx answers become ApiError with the hub's code and message. */
export async function apiJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: apiHeaders(body !== undefined ? { 'content-type': 'application/json' } : {}) };
  if (body !== undefined) init.body = JSON.stringify(body);
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err), null);
  }
  let json: unknown = null;
  try { json = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? `HTTP ${res.status}`, json);
  }
  return json as T;
}

export async function apiBlob(method: string, path: string, body: unknown): Promise<Blob> {
  const res = await fetch(path, { method, headers: apiHeaders({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
  if (!res.ok) {
    let msg = `HTTP ${res.status}`;
    try { msg = ((await res.json()) as { error?: { message?: string } }).error?.message ?? msg; } catch { /* keep */ }
    throw new ApiError(res.status, `http_${res.status}`, msg, null);
  }
  return res.blob();
}
