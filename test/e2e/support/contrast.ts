import type { Page } from 'playwright-core';

/** One text run whose contrast is below the bar. */
export interface LowContrast {
  text: string;
  ratio: number;
  fontPx: number;
  color: string;
  background: string;
  where: string;
}

/**
 * WCAG 2.x contrast of every visible text node under `root` whose font is smaller than `maxPx`,
 * against its effective background (ancestors' background colours composited, element opacity
 * applied to the text). Runs in the page; no package needed. Disabled controls are exempt (WCAG
 * 1.4.3 "inactive user interface components"), as are elements hidden or clipped to nothing.
 */
export function lowContrastTexts(page: Page, opts: { root?: string; maxPx?: number; min?: number } = {}): Promise<LowContrast[]> {
  return page.evaluate(({ root, maxPx, min }) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0]!, p[1]!, p[2]!, p.length > 3 ? p[3]! : 1];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3] + under[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const ch = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
      return [ch(0), ch(1), ch(2), a];
    };
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const lum = (c: RGBA) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
    const ratio = (a: RGBA, b: RGBA) => {
      const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const bgOf = (el: Element): RGBA => {
      const chain: RGBA[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg[3] > 0) chain.push(bg);
        if (bg[3] >= 1) break;
      }
      let c: RGBA = parse(getComputedStyle(document.body).backgroundColor);
      if (c[3] < 1) c = [11, 15, 20, 1];
      for (let i = chain.length - 1; i >= 0; i--) c = over(chain[i]!, c);
      return c;
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const out: { text: string; ratio: number; fontPx: number; color: string; background: string; where: string }[] = [];
    const base = document.querySelector(root) ?? document.body;
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || seen.has(el)) continue;
      seen.add(el);
      const cs = getComputedStyle(el);
      const fontPx = parseFloat(cs.fontSize);
      if (fontPx >= maxPx) continue;
      if (cs.visibility !== 'visible') continue;
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) continue;
      if (el.closest('button:disabled, fieldset:disabled, [aria-disabled="true"], select:disabled, input:disabled, [aria-hidden="true"]')) continue;
      const op = opacityOf(el);
      if (op < 0.05) continue;
      const bg = bgOf(el);
      const fg0 = parse(cs.color);
      const fg = over([fg0[0], fg0[1], fg0[2], fg0[3] * op], bg);
      const cr = ratio(fg, bg);
      if (cr < min) {
        const cls = typeof el.className === 'string' ? el.className : '';
        out.push({ text: text.slice(0, 40), ratio: Math.round(cr * 100) / 100, fontPx, color: cs.color, background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`, where: `${el.tagName.toLowerCase()}.${cls.split(' ').join('.')}` });
      }
    }
    return out;
  }, { root: opts.root ?? 'body', maxPx: opts.maxPx ?? 14, min: opts.min ?? 4.5 });
}
