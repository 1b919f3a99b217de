import type { Page } from 'playwright-core';

/** How far the document is wider than the window (0 = no horizontal overflow). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

/** Visible, enabled controls under `root` smaller than `minPx` in either direction. */
export function smallTargets(page: Page, root: string, minPx = 40): Promise<{ what: string; w: number; h: number }[]> {
  return page.evaluate(({ root, minPx }) => {
    const out: { what: string; w: number; h: number }[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`${root} button, ${root} select, ${root} a[href], ${root} input:not([type=hidden])`))) {
      if ((el as HTMLButtonElement).disabled) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || cs.visibility !== 'visible') continue;
      if (r.bottom < 0 || r.top > innerHeight) continue;
      if (Math.round(r.width) < minPx || Math.round(r.height) < minPx) {
        out.push({ what: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 16)}"`, w: Math.round(r.width), h: Math.round(r.height) });
      }
    }
    return out;
  }, { root, minPx });
}
