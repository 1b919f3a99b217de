import type { IncomingHttpHeaders } from 'node:http';
import type { Role } from '../../../shared/protocol/common';

/** An HTTP API request after the hub checked the token and parsed the URL. */
export interface ApiRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
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

/**
 * One HTTP API route under /api. Paths may hold `:name` segments. Every call must carry the hub
 * token (`authorization: Bearer <token>`) and a role allowed by `roles`.
 */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  roles: readonly Role[];
  /** Largest accepted body; default 1 MiB. */
  maxBodyBytes?: number;
  handle(req: ApiRequest): Promise<ApiResponse> | ApiResponse;
}

export const apiError = (status: number, code: string, message: string, extra: Record<string, unknown> = {}): ApiResponse => ({
  status,
  json: { ok: false, error: { code, message, ...extra } },
});
