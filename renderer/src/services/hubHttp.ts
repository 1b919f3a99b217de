import type { Role } from '../../../shared/protocol/common';
import {
  ApiErrorReply, HTTP_API, httpPath, IMPORT_HEADERS,
  type FileRouteKey, type HttpBodyInput, type HttpParams, type HttpReply, type HttpRouteKey, type JsonRouteKey, type UploadRouteKey,
} from '../../../shared/protocol/http';
import { parseRoute } from '../app/routes';
import { getSession, roleFor } from './session';

/**
 * The renderer's one client of the hub's HTTP API (shared/protocol/http.ts). Every call carries
 * the session's token and the role this view connects with (the same `roleFor(route)` the socket
 * uses), so a producer who switched to 助播 is answered as 助播. Refusals become ApiError with the
 * hub's code and message; JSON replies are checked against the contract on receipt.
 */

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly body: ApiErrorReply | null) {
    super(message);
  }
}

/** The role of this tab's view: the one the user picked, else the view's default. */
export const currentRole = (): Role => roleFor(parseRoute(window.location.hash));

function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const token = getSession().token;
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-livedeck-role': currentRole(), ...extra };
}

/**
 * The role a credential (join code or token) opens, asked without declaring one: the join
 * screen's role follows the code. Null when the hub refuses the credential.
 */
export async function roleOfCredential(token: string): Promise<Role | null> {
  try {
    const res = await fetch(httpPath('whoami', {}), { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) return null;
    const r = HTTP_API.whoami.reply.safeParse(await res.json());
    return r.success ? r.data.role : null;
  } catch {
    return null;
  }
}

type ParamsArg<K extends HttpRouteKey> = keyof HttpParams<K> extends never ? { params?: undefined } : { params: HttpParams<K> };
type BodyArg<K extends HttpRouteKey> = HttpBodyInput<K> extends undefined ? { body?: undefined } : { body: HttpBodyInput<K> };
export type CallArgs<K extends HttpRouteKey> = ParamsArg<K> & BodyArg<K> & { signal?: AbortSignal };

const pathOf = <K extends HttpRouteKey>(key: K, args: CallArgs<K>) => httpPath(key, (args.params ?? {}) as HttpParams<K>);

function refusal(status: number, json: unknown): ApiError {
  const e = ApiErrorReply.safeParse(json);
  if (e.success) return new ApiError(status, e.data.error.code, e.data.error.message, e.data);
  return new ApiError(status, `http_${status}`, `HTTP ${status}`, null);
}

async function request<K extends HttpRouteKey>(key: K, args: CallArgs<K>): Promise<Response> {
  const spec = HTTP_API[key];
  const init: RequestInit = { method: spec.method, cache: 'no-store', credentials: 'same-origin' };
  if (args.body !== undefined) {
    init.headers = authHeaders({ 'content-type': 'application/json' });
    init.body = JSON.stringify(args.body);
  } else init.headers = authHeaders();
  if (args.signal) init.signal = args.signal;
  let res: Response;
  try {
    res = await fetch(pathOf(key, args), init);
  } catch (err) {
    if (args.signal?.aborted) throw err;
    throw new ApiError(0, 'network', err instanceof Error ? err.message : String(err), null);
  }
  if (!res.ok) throw refusal(res.status, await res.json().catch(() => null));
  return res;
}

/** Calls a JSON route of the contract; resolves to its reply, checked against the contract. */
export async function hubApi<K extends JsonRouteKey>(key: K, args: CallArgs<K>): Promise<HttpReply<K>> {
  const res = await request(key, args);
  const reply = HTTP_API[key].reply.safeParse(await res.json().catch(() => null));
  if (!reply.success) throw new ApiError(res.status, 'invalid_reply', `unexpected reply from ${HTTP_API[key].path}`, null);
  return reply.data as HttpReply<K>;
}

/** Calls a download route (XLSX export, review CSV); resolves to the file's bytes. */
export async function hubFile<K extends FileRouteKey>(key: K, args: CallArgs<K>): Promise<Blob> {
  return (await request(key, args)).blob();
}

export interface UploadOptions {
  /** URI-encoded into the route's headers (IMPORT_HEADERS). */
  meta?: { [N in keyof typeof IMPORT_HEADERS]?: string };
  /** Share of the bytes sent, 0…1. */
  onProgress?: (share: number) => void;
}

/**
 * Uploads a file to an upload route with XMLHttpRequest, the one browser API with upload progress
 * (fetch has none); resolves to the route's reply, checked against the contract.
 */
export function hubUpload<K extends UploadRouteKey>(key: K, file: Blob, opts: UploadOptions = {}): Promise<HttpReply<K>> {
  const spec = HTTP_API[key];
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(spec.method, spec.path);
    const headers = authHeaders({ 'content-type': 'application/octet-stream' });
    for (const [name, value] of Object.entries(opts.meta ?? {})) {
      if (value) headers[IMPORT_HEADERS[name as keyof typeof IMPORT_HEADERS]] = encodeURIComponent(value);
    }
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    const progress = opts.onProgress;
    if (progress) {
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) progress(e.loaded / e.total); };
      xhr.upload.onload = () => progress(1);
    }
    xhr.responseType = 'json';
    xhr.onload = () => {
      if (xhr.status < 200 || xhr.status >= 300) return reject(refusal(xhr.status, xhr.response));
      const reply = spec.reply.safeParse(xhr.response);
      if (reply.success) resolve(reply.data as HttpReply<K>);
      else reject(new ApiError(xhr.status, 'invalid_reply', `unexpected reply from ${spec.path}`, null));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error', null));
    xhr.send(file);
  });
}

/** Raw call for callers that read the response themselves (kept for the review CSV export). */
export function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [k, v] of Object.entries(authHeaders())) headers.set(k, v);
  return fetch(path, { ...init, headers, credentials: 'same-origin' });
}
