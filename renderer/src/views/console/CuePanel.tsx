import { useMemo } from 'react';
import { CUE_KINDS, type FiredCue, type PlannedCue } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { fmtTime, fmtTimer } from '../../lib/format';
import { useServerNow } from '../../lib/useServerNow';
import { useFiredCues } from '../../store/cues.slice';
import { useOnAir, useOnAirSince } from '../../store/live.selectors';
import { ackCue, fireCue } from './actions';
import { plannedCueTiming } from './cueState';

function PlannedRow({ cue, slotId, since, fired, now }: { cue: PlannedCue; slotId: string; since: number | null; fired: FiredCue | undefined; now: number }) {
  const t = useT();
  const { dueAt, due } = plannedCueTiming(cue, since, fired, now);
  return (
    <li className={`cue-planned ${due ? 'is-due' : ''} ${fired ? 'is-fired' : ''}`} data-testid="planned-cue">
      <span className="num muted cue-offset">+{fmtTimer(cue.offsetSec * 1000)}</span>
      <span className={`cue-kind cue-${cue.kind}`}>{t(`cue.kind.${cue.kind}`)}</span>
      <span className="ellipsis cue-note" title={cue.note}>{cue.note}</span>
      {fired ? (
        <span className={`cue-status ${fired.ackedAt ? 'ok' : 'pending'}`}>{fired.ackedAt ? `✓ ${t('cue.acked')}` : t('cue.pending')}</span>
      ) : (
        <>
          {dueAt !== null && !due ? <span className="num muted">{fmtTimer(dueAt - now)}</span> : null}
          {due ? <span className="cue-due">{t('cue.due')}</span> : null}
          <button className={`sm ${due ? 'primary' : ''}`} onClick={() => void fireCue(cue.kind, cue.note, slotId, cue.id)}>{t('cue.fire')}</button>
        </>
      )}
    </li>
  );
}

function FiredRow({ cue }: { cue: FiredCue }) {
  const t = useT();
  return (
    <li className={`cue-fired ${cue.ackedAt ? 'is-acked' : 'is-pending'}`} data-testid="fired-cue" data-acked={cue.ackedAt !== null}>
      <span className="num muted">{fmtTime(cue.firedAt)}</span>
      <span className={`cue-kind cue-${cue.kind}`}>{t(`cue.kind.${cue.kind}`)}</span>
      <span className="ellipsis cue-note" title={cue.note}>{cue.note || '—'}</span>
      {cue.ackedAt ? (
        <span className="cue-status ok" title={`${cue.ackedBy ?? ''} ${fmtTime(cue.ackedAt)}`}>✓ {cue.ackedBy ?? t('cue.acked')}</span>
      ) : (
        <button className="sm" onClick={() => void ackCue(cue.id)}>{t('cue.ack')}</button>
      )}
    </li>
  );
}

/** Planned cues of the on-air slot (fire), ad-hoc cues, and fired cues with their ack state. */
export function CuePanel() {
  const t = useT();
  const onAir = useOnAir();
  const since = useOnAirSince();
  const fired = useFiredCues();
  const now = useServerNow(1000);
  const planned = useMemo(() => [...(onAir?.slot.cues ?? [])].sort((a, b) => a.offsetSec - b.offsetSec), [onAir]);
  const firedByPlan = useMemo(() => new Map(fired.filter((c) => c.plannedCueId).map((c) => [c.plannedCueId!, c])), [fired]);
  const history = useMemo(() => [...fired].reverse().slice(0, 30), [fired]);

  return (
    <section className="panel cues" data-testid="cue-panel">
      <div className="panel-head">
        <span className="panel-title">{t('cue.title')}</span>
        <span className="spacer" />
        <span className="muted"><kbd>C</kbd> {t('cue.fireNext')}</span>
      </div>
      <div className="cues-body">
        <div className="sub-head">{t('cue.planned')}</div>
        {planned.length === 0 ? <div className="muted empty-line">{t('cue.noPlanned')}</div> : (
          <ul className="cue-list">
            {planned.map((c) => (
              <PlannedRow key={c.id} cue={c} slotId={onAir!.slot.id} since={since} fired={firedByPlan.get(c.id)} now={now} />
            ))}
          </ul>
        )}
        <div className="sub-head">{t('cue.quick')}</div>
        <div className="cue-quick">
          {CUE_KINDS.map((k) => (
            <button key={k} className={`sm cue-btn cue-${k}`} onClick={() => void fireCue(k, '', onAir?.slot.id)} data-testid={`quick-cue-${k}`}>{t(`cue.kind.${k}`)}</button>
          ))}
        </div>
        <div className="sub-head">{t('cue.history')}</div>
        {history.length === 0 ? <div className="muted empty-line">{t('cue.noFired')}</div> : (
          <ul className="cue-list">{history.map((c) => <FiredRow key={c.id} cue={c} />)}</ul>
        )}
      </div>
    </section>
  );
}
