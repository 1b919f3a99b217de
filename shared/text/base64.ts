/** Bytes ⇄ base64 text (RFC 4648, standard alphabet), without Node built-ins (shared/ stays pure). */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function bytesToBase64(b: Uint8Array): string {
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

/** Padded base64 → bytes; throws on a length that is not a multiple of 4. */
export function base64ToBytes(s: string): Uint8Array {
  let pad = 0;
  if (s.endsWith('==')) pad = 2;
  else if (s.endsWith('=')) pad = 1;
  if (s.length % 4 !== 0) throw new Error('base64: bad length');
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  const at = (i: number) => Math.max(0, LOOKUP[s.charCodeAt(i) & 127]!);
  for (let i = 0; i < s.length; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    if (o < out.length) out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/**
 * Base64 as tools write it (line breaks, missing padding, URL-safe letters allowed) → bytes, or
 * null when it is not base64 at all.
 */
export function looseBase64ToBytes(text: string): Uint8Array | null {
  const s = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (s.length % 4 === 1) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || LOOKUP[c]! < 0) return null;
  }
  return base64ToBytes(s + '='.repeat((4 - (s.length % 4)) % 4));
}
