/**
 * Pattern families of the lint: claims a fixed term list cannot enumerate because a number, a
 * name or a few filler words sit inside them (最后三十秒, 晒图带字追评…领红包, 没效果…全额退款,
 * 协和医院的皮肤科主任都推荐, 顶配中的顶配), and standard phrasings that are exempt (开封后三天内
 * 吃完，口感最佳). Each pattern is a regular expression over the lint form of the text (folded
 * width, case and script, blanks dropped: see shared/text/normalize.ts), so its match indices are
 * normalised indices, the same space the Aho–Corasick terms are found in. Patterns live in
 * assets/lexicon/compliance.json (`patterns`, `allowPatterns`) with category, severity, variant and
 * rewrite, like terms.
 */

/** Longest run passed to String.fromCharCode at once (argument-count limit). */
const CHUNK = 4096;

/** The normalised code units as a string (what the pattern expressions run on). */
export function codesToString(codes: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode(...codes.subarray(0, length));
  let s = '';
  for (let at = 0; at < length; at += CHUNK) s += String.fromCharCode(...codes.subarray(at, Math.min(length, at + CHUNK)));
  return s;
}

/** Compiles one pattern's source (global, so every match in a text is found). */
export function compilePattern(source: string): RegExp {
  return new RegExp(source, 'g');
}

/** Calls `hit(start, end)` (normalised indices) for every non-empty match of `re` in `s`. */
export function eachMatch(re: RegExp, s: string, hit: (start: number, end: number) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    hit(m.index, m.index + m[0].length);
  }
}
