import { useMediaQuery } from '../../lib/useMediaQuery';

/**
 * The rundown editor's widths (the same breakpoints as its CSS, rundown.css):
 * wide   — toolbar in full, list | editor | findings side by side;
 * tablet — ≤ 1279 px: secondary toolbar actions in 更多, findings under the editor;
 * narrow — ≤ 900 px (a portrait tablet): the list, or one slot's editor with a back control.
 */
export const RUNDOWN_TABLET = '(max-width: 1279px)';
export const RUNDOWN_NARROW = '(max-width: 900px)';

export type RundownLayout = 'wide' | 'tablet' | 'narrow';

export function useRundownLayout(): RundownLayout {
  const tablet = useMediaQuery(RUNDOWN_TABLET);
  const narrow = useMediaQuery(RUNDOWN_NARROW);
  return narrow ? 'narrow' : tablet ? 'tablet' : 'wide';
}
