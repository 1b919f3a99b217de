import { useT } from '../i18n';
import { useConnStatus } from '../store/connection.slice';
import { ageWords, useLostAgeSec } from './lostAge';

/**
 * The loud lost-connection banner: shown (console, prompter and every other view) while the hub
 * cannot be reached after a first contact — a dropped socket or a silent link — and gone once
 * it is back (the snapshot that follows resyncs the state).
 */
export function ConnectionBanner() {
  const t = useT();
  const age = useLostAgeSec();
  const status = useConnStatus();
  if (age === null) return null;
  return (
    <div className="conn-lost" role="alert" data-testid="connection-lost" data-status={status} data-age={age}>
      <span className="conn-lost-icon" aria-hidden>⚠</span>
      <b className="conn-lost-title">{t('conn.lostTitle')}</b>
      <span className="conn-lost-detail">{t('conn.lostDetail', { age: ageWords(t, age) })}</span>
    </div>
  );
}

/** Figures frozen since the link went down: their age, next to the greyed figures. */
export function StaleAge({ className = '' }: { className?: string }) {
  const t = useT();
  const age = useLostAgeSec();
  if (age === null) return null;
  return <span className={`stale-age ${className}`} data-testid="stale-age" data-age={age}>{t('conn.lostShort', { age: ageWords(t, age) })}</span>;
}
