import { MAX_VIEWER_TEXT } from '../protocol/common';

/** Bidi marks, embeddings, overrides and isolates (U+200E/200F, U+202A–202E, U+2066–2069), as a class body. */
export const BIDI_CONTROL_CLASS = '\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069';

// Bidi controls, zero-width characters, BOM and C0/C1 controls (tab and line breaks are folded below).
const INVISIBLE = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u200B-\\u200D\\u2060-\\u2064${BIDI_CONTROL_CLASS}\\uFEFF]`, 'g');
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Viewer text is untrusted: strip invisible and direction-changing characters and lone surrogates,
 * fold line breaks to spaces and cap the length (in code points) so one message cannot flood a panel.
 */
export function sanitizeViewerText(text: string, max = MAX_VIEWER_TEXT): string {
  // Cut first so a 100 KB message costs no more than a short one.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = head.replace(INVISIBLE, '').replace(LONE_SURROGATE, '').replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  const points = Array.from(clean);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : clean;
}
