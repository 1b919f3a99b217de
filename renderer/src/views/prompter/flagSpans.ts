import type { Finding } from '../../../../shared/domain/compliance';

/** A piece of script text: plain, or the span of one compliance finding. */
export type TextPiece = { text: string; finding: null } | { text: string; finding: Finding };

/**
 * Cuts `text` into plain and flagged pieces, in order. Findings are taken in the given order;
 * one that overlaps an earlier one or reaches past the text is skipped.
 */
export function flagSpans(text: string, findings: readonly Finding[]): TextPiece[] {
  const out: TextPiece[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start), finding: null });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), finding: null });
  return out;
}
