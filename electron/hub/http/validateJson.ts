import type { z } from 'zod';

export type JsonBodyResult<T> = { ok: true; value: T } | { ok: false; code: 'invalid'; message: string; path?: string };

/**
 * A JSON request body checked against its contract schema: the value, or `invalid` with the path
 * of the first problem. Used by the dispatcher, and by the job worker for routes that validate
 * off the live loop (`validateIn: 'handler'` in shared/protocol/http.ts).
 */
export function validateJsonBody<S extends z.ZodType>(spec: S, raw: Uint8Array): JsonBodyResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8'));
  } catch {
    return { ok: false, code: 'invalid', message: '请求不是有效的 JSON / body is not valid JSON' };
  }
  const r = spec.safeParse(json);
  if (r.success) return { ok: true, value: r.data as z.output<S> };
  const issue = r.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return { ok: false, code: 'invalid', message: `文档无效：${path} ${issue?.message ?? ''} / invalid document at ${path}`, path };
}
