/**
 * Typed arrays ⇄ base64 text, without Node built-ins (shared/ stays pure): how the metric
 * engine's typed-array state goes into a checkpoint. Little-endian, as every platform we run on.
 */
import { base64ToBytes, bytesToBase64 } from '../../text/base64';

type Typed = Uint8Array | Int32Array | Uint32Array | Float64Array;

/** The first `length` elements of `a`, as base64. */
export function toBase64(a: Typed, length = a.length): string {
  return bytesToBase64(new Uint8Array(a.buffer, a.byteOffset, length * a.BYTES_PER_ELEMENT));
}

function decode<T extends Typed>(s: string, make: (buf: ArrayBuffer) => T, size: number): T {
  const bytes = base64ToBytes(s);
  if (bytes.length % size !== 0) throw new Error('base64: length is not a whole number of elements');
  // Copy into a fresh, aligned buffer.
  const buf = new ArrayBuffer(bytes.length);
  new Uint8Array(buf).set(bytes);
  return make(buf);
}

export const fromBase64 = {
  u8: (s: string): Uint8Array => decode(s, (b) => new Uint8Array(b), 1),
  i32: (s: string): Int32Array => decode(s, (b) => new Int32Array(b), 4),
  u32: (s: string): Uint32Array => decode(s, (b) => new Uint32Array(b), 4),
  f64: (s: string): Float64Array => decode(s, (b) => new Float64Array(b), 8),
};
