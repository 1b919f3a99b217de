import type { SlotState } from '../../../../shared/domain/live/queue';

/** Stable hook: queue rows expose done|onair|next|queued (skipped shows as done). */
export function displayState(s: SlotState | undefined): 'done' | 'onair' | 'next' | 'queued' {
  if (s === 'skipped' || s === 'done') return 'done';
  return s ?? 'queued';
}
