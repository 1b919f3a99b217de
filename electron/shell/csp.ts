// Content-Security-Policy the shell adds to every response of the embedded hub (pure).
import { originOf } from './security';

/**
 * A strict CSP for the hub's pages: scripts only from the hub itself (no inline, no eval),
 * network only to the hub (HTTP and its WebSocket), no plugins, no framing, no forms, no <base>.
 * Inline *styles* stay allowed: React sets `style` attributes.
 */
export function buildCsp(hubOrigin: string): string {
  const origin = originOf(hubOrigin);
  if (!origin || origin !== hubOrigin) throw new Error(`buildCsp: not an http(s) origin: ${hubOrigin}`);
  const wsOrigin = origin.replace(/^http/, 'ws');
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['connect-src', ["'self'", wsOrigin]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** Parses a CSP into directive → values (lower-cased names; first occurrence wins, as browsers do). */
export function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, values);
  }
  return out;
}

export type ResponseHeaders = Record<string, string[] | string>;

/**
 * Response headers with our CSP added. A CSP the hub already sent is kept: several policies
 * all apply (the browser enforces their intersection), so adding ours can only tighten.
 */
export function withCspHeader(headers: ResponseHeaders | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const existing: string[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    if (name.toLowerCase() === 'content-security-policy') existing.push(...values);
    else out[name] = values;
  }
  out['Content-Security-Policy'] = [...existing, csp];
  return out;
}
