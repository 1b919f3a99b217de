import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sanitizeViewerText } from '../../../shared/text/sanitize';
import { MAX_VIEWER_TEXT } from '../../../shared/protocol/common';
import { INVISIBLE } from '../../support/hostileText';

const SEED = 7_301;
const hostileChar = fc.constantFrom('\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200D', '\uFEFF', '\u0000', '\u001B', '\r', '\n', '\u2028', '<', '>', '&', '"', '😀', '\u0301', '长');
const text = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(hostileChar, { maxLength: 600 }).map((a) => a.join('')),
);

describe('sanitizeViewerText under fuzzing', () => {
  it('always returns one line of at most 200 characters without invisible or direction controls', () => {
    fc.assert(fc.property(text, (s) => {
      const out = sanitizeViewerText(s);
      expect(Array.from(out).length).toBeLessThanOrEqual(MAX_VIEWER_TEXT);
      expect(out).not.toMatch(INVISIBLE);
      expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
    }), { seed: SEED, numRuns: 3000 });
  });

  it('is idempotent: sanitizing twice changes nothing', () => {
    fc.assert(fc.property(text, (s) => {
      const once = sanitizeViewerText(s);
      expect(sanitizeViewerText(once)).toBe(once);
    }), { seed: SEED + 1, numRuns: 3000 });
  });
});
