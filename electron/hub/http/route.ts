import type { IncomingHttpHeaders } from 'node:http';
import type { Role } from '../../../shared/protocol/common';
import type {
  ApiErrorReply, FileRouteKey, HttpBody, HttpParams, HttpReply, HttpRouteKey, JsonRouteKey,
} from '../../../shared/protocol/http';

/** An HTTP API request after the hub checked the token and the role and parsed the URL and body. */
export interface ApiRequest<K extends HttpRouteKey = HttpRouteKey> {
  method: string;
  path: string;
  params: HttpParams<K>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Validated against the contract (JSON routes), the raw bytes (uploads), or undefined. */
  body: HttpBody<K>;
  /** Role the caller declared (header `x-livedeck-role`), already checked against the route. */
  role: Role;
}

export interface ApiResponse {
  status: number;
  /** Sent as application/json when present. */
  json?: unknown;
  body?: Buffer | string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface ApiErrorResponse extends ApiResponse { status: number; json: ApiErrorReply }
export interface FileResponse extends ApiResponse { status: 200; body: Buffer | string; contentType: string; json?: undefined }

/** What route K's handler may answer: its contract reply (or file), or an error. */
export type RouteResult<K extends HttpRouteKey> =
  | (K extends JsonRouteKey ? { status: 200; json: HttpReply<K> } : never)
  | (K extends FileRouteKey ? FileResponse : never)
  | ApiErrorResponse;

export type RouteHandler<K extends HttpRouteKey> = (req: ApiRequest<K>) => Promise<RouteResult<K>> | RouteResult<K>;

/** A route table: handlers keyed by contract route (the hub's full table covers every route). */
export type RouteHandlers<K extends HttpRouteKey = HttpRouteKey> = { [P in K]: RouteHandler<P> };

/** A route outside the contract (tests, embedders): raw body, any reply. */
export interface ExtraRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  roles: readonly Role[];
  /** Largest accepted body; default 1 MiB. */
  maxBodyBytes?: number;
  handle(req: Omit<ApiRequest, 'body' | 'params'> & { params: Record<string, string>; body: Buffer }): Promise<ApiResponse> | ApiResponse;
}

export const apiError = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): ApiErrorResponse => ({
  status,
  json: { ok: false, error: { code, message, ...extra } },
});
