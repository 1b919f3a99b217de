import { describe, expect, it } from 'vitest';
import { overlayRoute, parseRoute } from '../../../renderer/src/app/routes';
import { overlayHash, overlayParams } from '../../../renderer/src/views/overlay/overlayParams';

describe('overlay routes', () => {
  it('knows the three overlay pages, and nothing else, as overlays', () => {
    expect(overlayRoute('#/overlay/question')).toBe('question');
    expect(overlayRoute('#/overlay/product?theme=light')).toBe('product');
    expect(overlayRoute('#overlay/lower-third')).toBe('lower-third');
    expect(overlayRoute('#/overlay/metrics')).toBeNull();
    expect(overlayRoute('#/overlay')).toBeNull();
    expect(overlayRoute('#/console')).toBeNull();
    expect(overlayRoute('')).toBeNull();
  });

  it('leaves the app routes as they were', () => {
    expect(parseRoute('#/prompter')).toBe('prompter');
    expect(parseRoute('#/overlay/question')).toBe('console');
  });
});

describe('overlay options', () => {
  it('defaults to the dark card and the saved language', () => {
    expect(overlayParams('?token=T', '#/overlay/question')).toEqual({ theme: 'dark', lang: null });
  });

  it('reads theme and lang from the query or the hash (the hash wins)', () => {
    expect(overlayParams('?token=T&theme=light&lang=en', '#/overlay/product')).toEqual({ theme: 'light', lang: 'en' });
    expect(overlayParams('?theme=light', '#/overlay/product?theme=dark&lang=zh-CN')).toEqual({ theme: 'dark', lang: 'zh-CN' });
  });

  it('ignores values it does not know', () => {
    expect(overlayParams('?theme=neon&lang=fr', '')).toEqual({ theme: 'dark', lang: null });
  });
});

describe('overlay hash', () => {
  it('carries the options a reload must keep (the query with the token is stripped)', () => {
    expect(overlayHash('product', { theme: 'light', lang: 'en' })).toBe('#/overlay/product?theme=light&lang=en');
    expect(overlayHash('question', { theme: 'dark', lang: null })).toBe('#/overlay/question');
    const kept = overlayHash('lower-third', overlayParams('?token=T&theme=light', '#/overlay/lower-third'));
    expect(overlayParams('', kept)).toEqual({ theme: 'light', lang: null });
    expect(overlayRoute(kept)).toBe('lower-third');
  });
});
