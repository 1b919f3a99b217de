import { describe, expect, it } from 'vitest';
import { sanitizeViewerText } from '../../../shared/text/sanitize';

describe('sanitizeViewerText', () => {
  it('drops lone surrogates but keeps whole emoji', () => {
    expect(sanitizeViewerText('a\uD83Db\uDE00c😀')).toBe('abc😀');
    expect(sanitizeViewerText('\uDC00好\uD800')).toBe('好');
  });

  it('does not leave half an emoji when the fast pre-cut falls inside one', () => {
    const out = sanitizeViewerText(`${'x'.repeat(7)}😀`, 2);
    expect(out).toBe('x…');
    expect(sanitizeViewerText(`${'x'.repeat(7)}😀`.slice(0, 8), 10)).toBe('xxxxxxx');
  });
});
