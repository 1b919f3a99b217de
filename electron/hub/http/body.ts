import type { IncomingMessage } from 'node:http';

/** How long a request body may take, in total and between two chunks. */
export interface BodyTimeouts { totalMs: number; idleMs: number }
export const DEFAULT_BODY_TIMEOUTS: BodyTimeouts = { totalMs: 60_000, idleMs: 15_000 };

export type BodyResult = Buffer | 'too_large' | 'aborted' | 'timeout';

/** From this size on a body with a content-length is read into one buffer of its own (see readBody). */
const OWN_BUFFER_FROM = 64 * 1024;

/**
 * Read a request body up to `max` bytes. Never rejects: a client that goes away mid-body
 * ('aborted'), stalls ('timeout') or errors resolves with a code, the listeners are removed and
 * the request is destroyed, so a cut-off upload never reaches the process.
 * A big body with a content-length is copied chunk by chunk, as it arrives, into a Buffer that
 * owns its whole ArrayBuffer: no concatenation of megabytes in one tick at the end, and the
 * buffer can be moved (transferred, not copied) to a job worker (electron/hub/workers/).
 */
export function readBody(req: IncomingMessage, max: number, timeouts: BodyTimeouts = DEFAULT_BODY_TIMEOUTS): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const declared = Number(req.headers['content-length']);
    const own = Number.isSafeInteger(declared) && declared >= OWN_BUFFER_FROM && declared <= max ? Buffer.from(new ArrayBuffer(declared)) : null;
    let size = 0;
    let over = false;
    let done = false;
    let idle: NodeJS.Timeout | undefined;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      clearTimeout(total);
      clearTimeout(idle);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (typeof r === 'string' && r !== 'too_large') req.destroy();
      else if (r === 'too_large') req.resume();
      chunks.length = 0;
      resolve(r);
    };
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => finish('timeout'), timeouts.idleMs);
    };
    const total = setTimeout(() => finish('timeout'), timeouts.totalMs);
    const onData = (c: Buffer) => {
      armIdle();
      if (own && !over && size + c.length <= own.length) own.set(c, size);
      else if (own) over = true; // more than it declared (Node's parser does not let this happen)
      size += c.length;
      if (size > max) { over = true; chunks.length = 0; return; }
      if (!over && !own) chunks.push(c);
    };
    const onEnd = () => finish(over ? 'too_large' : own ? own.subarray(0, size) : Buffer.concat(chunks));
    const onError = () => finish('aborted');
    const onClose = () => { if (!req.complete) finish('aborted'); };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
    armIdle();
  });
}
