/**
 * Typed arrays ⇄ base64 text, without Node built-ins (shared/ stays pure): how the metric
 * engine's typed-array state goes into a checkpoint. Little-endian, as every platform we run on.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

type Typed = Uint8Array | Int32Array | Uint32Array | Float64Array;

function bytesToBase64(b: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < b.length; start += CHUNK) {
    const end = Math.min(b.length, start + CHUNK);
    let s = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
      s += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
    }
    if (i < end) {
      const rest = end - i;
      const n = (b[i]! << 16) | (rest > 1 ? b[i + 1]! << 8 : 0);
      s += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + (rest > 1 ? ALPHABET[(n >>> 6) & 63]! : '=') + '=';
    }
    parts.push(s);
  }
  return parts.join('');
}

function base64ToBytes(s: string): Uint8Array {
  let pad = 0;
  if (s.endsWith('==')) pad = 2;
  else if (s.endsWith('=')) pad = 1;
  if (s.length % 4 !== 0) throw new Error('base64: bad length');
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (LOOKUP[s.charCodeAt(i)]! << 18) | (LOOKUP[s.charCodeAt(i + 1)]! << 12)
      | (LOOKUP[s.charCodeAt(i + 2) & 127]! << 6) | LOOKUP[s.charCodeAt(i + 3) & 127]!;
    if (o < out.length) out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

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
