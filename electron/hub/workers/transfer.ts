/**
 * Bytes crossing between the hub and a job worker are moved, not copied: a structured clone of a
 * 10 MB buffer is one long copy (and its page faults) on the receiving thread — on the hub's side
 * that is its live loop. A view that owns its whole ArrayBuffer (readBody's big request bodies, a
 * worker's encoded reply) is moved as is; anything else (a slice of Node's pool, part of a bigger
 * buffer) is copied once, then moved.
 */
export function movable(bytes: Uint8Array): { bytes: Uint8Array; transfer: ArrayBuffer[] } {
  const whole = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const own = whole ? bytes : new Uint8Array(bytes);
  return { bytes: own, transfer: [own.buffer as ArrayBuffer] };
}

/** A string as UTF-8 in a buffer of its own, ready to be moved (Buffer.from may hand out a pool slice). */
export function encodeMovable(text: string): Uint8Array {
  const out = new Uint8Array(Buffer.byteLength(text));
  Buffer.from(out.buffer, 0, out.byteLength).write(text);
  return out;
}
