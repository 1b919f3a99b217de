/**
 * Finds the entries of a HAR (`{"log": {"entries": [ {...}, ... ]}}`) in text that arrives in
 * chunks, and hands out each entry's JSON text as soon as it is complete — so a large file is
 * never held as one parsed tree: the caller parses one entry at a time. Everything outside the
 * entries (pages, creator, browser) is scanned over, not kept.
 */
export type HarScanError = 'not_json' | 'not_har';

export interface HarScanner {
  /** The next piece of the file; returns the entries completed in it (JSON text each). */
  push(chunk: string): string[];
  /** The file ended: null when it was a whole HAR, else why not. */
  end(): HarScanError | null;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0xfeff]);
/** Characters of numbers, true, false, null. */
const BARE = /^[-+.0-9eEtrufalsn]$/;

interface Frame { kind: 'obj' | 'arr'; key: string | null; wantKey: boolean }

export function createHarScanner(): HarScanner {
  const stack: Frame[] = [];
  let started = false;
  let closed = false;
  let error: HarScanError | null = null;
  let inString = false;
  let escaped = false;
  /** Collecting a key string (only at the two levels above the entries). */
  let keyParts: string[] | null = null;
  let keyStart = -1;
  let sawEntries = false;
  /** Depth at which an entry object began; -1 when not inside one. */
  let entryDepth = -1;
  let captured: string[] = [];
  let captureStart = -1;

  const inEntriesArray = () => stack.length === 3 && stack[0]!.key === 'log' && stack[1]!.key === 'entries' && stack[2]!.kind === 'arr';

  function push(chunk: string): string[] {
    const out: string[] = [];
    if (error) return out;
    if (entryDepth >= 0) captureStart = 0;
    if (keyParts) keyStart = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) {
          inString = false;
          if (keyParts) {
            keyParts.push(chunk.slice(keyStart, i));
            stack.at(-1)!.key = keyParts.join('');
            keyParts = null;
          }
        }
        continue;
      }
      if (WS.has(c)) continue;
      if (closed) { error = 'not_json'; return out; }
      const top = stack.at(-1);
      if (!started) {
        started = true;
        if (c !== 0x7b) { error = c === 0x5b ? 'not_har' : 'not_json'; return out; }
      }
      switch (c) {
        case 0x22: // "
          inString = true;
          if (top?.kind === 'obj' && top.wantKey) {
            top.wantKey = false;
            if (stack.length <= 2) { keyParts = []; keyStart = i + 1; }
          }
          break;
        case 0x7b: // {
          if (inEntriesArray() && entryDepth < 0) { entryDepth = stack.length; captureStart = i; captured = []; }
          stack.push({ kind: 'obj', key: null, wantKey: true });
          if (stack.length === 3 && stack[1]!.key === 'entries') error = 'not_har';
          break;
        case 0x5b: // [
          stack.push({ kind: 'arr', key: null, wantKey: false });
          if (inEntriesArray()) sawEntries = true;
          break;
        case 0x7d: // }
        case 0x5d: { // ]
          if (!top || top.kind !== (c === 0x7d ? 'obj' : 'arr')) { error = 'not_json'; return out; }
          stack.pop();
          if (entryDepth === stack.length) {
            captured.push(chunk.slice(captureStart, i + 1));
            out.push(captured.join(''));
            captured = [];
            entryDepth = -1;
          }
          if (!stack.length) closed = true;
          break;
        }
        case 0x2c: // ,
          if (top?.kind === 'obj') top.wantKey = true;
          break;
        case 0x3a: // :
          break;
        default:
          if (!BARE.test(chunk[i]!)) { error = 'not_json'; return out; }
      }
      if (error) return out;
    }
    if (entryDepth >= 0) captured.push(chunk.slice(captureStart));
    if (keyParts) keyParts.push(chunk.slice(keyStart));
    return out;
  }

  return {
    push,
    end() {
      if (error) return error;
      if (!started || !closed || inString) return 'not_json';
      return sawEntries ? null : 'not_har';
    },
  };
}
