import { useT } from '../i18n';
import { slotTimerView } from '../lib/slotTimer';
import { useServerNow } from '../lib/useServerNow';
import { useOnAirEndsAt, useOnAirSince } from '../store/live.selectors';

export { timerPhase, WARN_MS, type TimerPhase } from '../lib/slotTimer';

/**
 * The on-air slot's timer, computed from the hub's timestamps (start + planned + extra) and
 * hub time, so every window shows the same value and nothing drifts between updates.
 */
export function SlotTimer({ variant }: { variant: 'console' | 'prompter' }) {
  const t = useT();
  const endsAt = useOnAirEndsAt();
  const since = useOnAirSince();
  const now = useServerNow(250);
  if (endsAt === null || since === null) return <div className={`timer timer-${variant} timer-idle num`}>--:--</div>;
  const v = slotTimerView(endsAt, since, now);
  return (
    <div className={`timer timer-${variant} timer-${v.phase}`} data-testid="slot-timer" data-phase={v.phase} data-remaining={v.remainingSec}>
      <div className="timer-label">{v.phase === 'over' ? t('queue.overtime') : t('queue.remaining')}</div>
      <div className="timer-value num">{v.text}</div>
      <div className="timer-bar"><div className="timer-fill" style={{ transform: `scaleX(${v.progress})` }} /></div>
    </div>
  );
}
