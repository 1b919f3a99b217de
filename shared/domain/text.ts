import { MAX_VIEWER_TEXT } from '../protocol/common';

// Bidi embeddings/overrides/isolates, zero-width characters, BOM and C0/C1 controls.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Viewer text is untrusted: strip invisible and direction-changing characters, fold line breaks
 * to spaces and cap the length (in code points) so one message cannot flood a panel.
 */
export function sanitizeViewerText(text: string, max = MAX_VIEWER_TEXT): string {
  // Cut first so a 100 KB message costs no more than a short one.
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const clean = head.replace(INVISIBLE, '').replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  const points = Array.from(clean);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : clean;
}
