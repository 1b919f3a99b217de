/** UTF-8 without Node built-ins or DOM globals (shared/ stays pure). */

/** Bytes → text; an invalid or cut sequence becomes U+FFFD, as TextDecoder does. */
export function decodeUtf8(b: Uint8Array): string {
  const parts: string[] = [];
  let codes: number[] = [];
  const flush = () => { parts.push(String.fromCharCode(...codes)); codes = []; };
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let cp = 0xfffd;
    let need = 0;
    let min = 0;
    if (c < 0x80) { cp = c; } else if (c >= 0xc2 && c < 0xe0) { need = 1; cp = c & 0x1f; min = 0x80; } else if (c >= 0xe0 && c < 0xf0) { need = 2; cp = c & 0x0f; min = 0x800; } else if (c >= 0xf0 && c < 0xf5) { need = 3; cp = c & 0x07; min = 0x10000; }
    i++;
    if (need) {
      let k = 0;
      while (k < need && i < b.length && (b[i]! & 0xc0) === 0x80) { cp = (cp << 6) | (b[i]! & 0x3f); i++; k++; }
      if (k < need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) cp = 0xfffd;
    }
    if (cp > 0xffff) { cp -= 0x10000; codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)); } else codes.push(cp);
    if (codes.length > 8192) flush();
  }
  flush();
  return parts.join('');
}

/** How many bytes `s` takes in UTF-8 (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8ByteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; } else n += 3;
  }
  return n;
}
