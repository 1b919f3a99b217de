import { useT } from '../i18n';
import { fmtTimer } from '../lib/format';
import { useServerNow } from '../lib/useServerNow';
import { useOnAirEndsAt, useOnAirSince } from '../store/live.selectors';

/** Timer state: plenty of time, the last two minutes, or over time (counting up). */
export type TimerPhase = 'ok' | 'warn' | 'over';
export const WARN_MS = 2 * 60_000;

export function timerPhase(remainingMs: number): TimerPhase {
  if (remainingMs < 0) return 'over';
  if (remainingMs <= WARN_MS) return 'warn';
  return 'ok';
}

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
  const remaining = endsAt - now;
  const phase = timerPhase(remaining);
  const span = Math.max(1, endsAt - since);
  const progress = Math.min(1, Math.max(0, (now - since) / span));
  return (
    <div className={`timer timer-${variant} timer-${phase}`} data-testid="slot-timer" data-phase={phase} data-remaining={Math.round(remaining / 1000)}>
      <div className="timer-label">{phase === 'over' ? t('queue.overtime') : t('queue.remaining')}</div>
      <div className="timer-value num">{phase === 'over' ? '+' : ''}{fmtTimer(remaining)}</div>
      <div className="timer-bar"><div className="timer-fill" style={{ transform: `scaleX(${progress})` }} /></div>
    </div>
  );
}
