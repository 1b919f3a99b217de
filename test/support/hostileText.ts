import { MAX_VIEWER_TEXT } from '../../shared/protocol/common';

/** Viewer texts an attacker (or a prankster) sends into a live room's comments. */
export const HOSTILE: Record<'html' | 'bidi' | 'zeroWidth' | 'controls' | 'huge' | 'emojiAtCap' | 'zalgo', string> = {
  html: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>粗体</b>',
  bidi: '好评\u202Egnp.exe\u202C 退款\u2066隔离\u2069\u200F',
  zeroWidth: '加\u200B微\u200C信\u200D：\u2060abc\uFEFF123',
  controls: 'line1\r\nline2\u0000\u0007\u001B[31mred\u0085',
  huge: `${'长'.repeat(50_000)}${'x'.repeat(50_000)}`,
  emojiAtCap: `${'a'.repeat(MAX_VIEWER_TEXT - 1)}😀😀😀`,
  /** Stacked combining marks ("Zalgo"): drawn far above and below the line. */
  zalgo: ['Z', 'A', 'L', 'G', 'O'].map((ch) => `${ch}${'\u0300\u0301\u0316\u0317\u0334\u0335\u0489\u035C'.repeat(4)}`).join(''),
};

/** What must never reach a screen from viewer text: C0/C1 controls, zero-width and bidi controls, BOM. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
