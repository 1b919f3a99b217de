import { useMemo, useState } from 'react';
import { CUE_KINDS, type CueKind, type FiredCue, type PlannedCue } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { fmtTime, fmtTimer } from '../../lib/format';
import { useServerNow } from '../../lib/useServerNow';
import { useFiredCues } from '../../store/cues.slice';
import { useOnAir, useOnAirSince } from '../../store/live.selectors';
import { ackCue, fireCue } from './actions';
import { plannedCueTiming } from './cueState';
import { LiveTimingsForm } from './LiveTimingsForm';

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
      <span className="ellipsis cue-note" title={cue.note}>{cue.note || '—'}{cue.code ? ` · ${t('cue.code')} ${cue.code}` : ''}{cue.countdownSec ? ` · ${fmtTimer(cue.countdownSec * 1000)}` : ''}</span>
      {cue.ackedAt ? (
        <span className="cue-status ok" title={`${cue.ackedBy ?? ''} ${fmtTime(cue.ackedAt)}`}>✓ {cue.ackedBy ?? t('cue.acked')}</span>
      ) : cue.withdrawnAt ? (
        <span className="cue-status muted" data-testid="cue-withdrawn">{t('cue.withdrawn')}</span>
      ) : (
        <button className="sm" onClick={() => void ackCue(cue.id)}>{t('cue.ack')}</button>
      )}
    </li>
  );
}

/** Kinds whose ad-hoc cue takes a 口令 / a countdown. */
const TAKES_CODE: readonly CueKind[] = ['lucky_bag'];
const TAKES_COUNTDOWN: readonly CueKind[] = ['lucky_bag', 'flash_sale'];

/**
 * Ad-hoc cues: one button per kind fires it with the note (and, for 福袋, its 口令; for 福袋 and
 * 秒杀, its countdown) typed above. The fields clear after a cue goes out.
 */
function AdHocCues({ slotId }: { slotId: string | undefined }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [code, setCode] = useState('');
  const [countdown, setCountdown] = useState('');
  const fire = async (kind: CueKind) => {
    const sec = Math.round(Number(countdown));
    const extras = {
      ...(TAKES_CODE.includes(kind) && code.trim() ? { code: code.trim() } : {}),
      ...(TAKES_COUNTDOWN.includes(kind) && sec >= 1 && sec <= 3600 ? { countdownSec: sec } : {}),
    };
    if (await fireCue(kind, note.trim(), slotId, undefined, extras)) {
      setNote('');
      setCode('');
      setCountdown('');
    }
  };
  return (
    <>
      <div className="cue-adhoc-form">
        <input type="text" value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} placeholder={t('cue.adhoc.note')} aria-label={t('cue.adhoc.note')} data-testid="cue-note" />
        <input type="text" value={code} maxLength={50} onChange={(e) => setCode(e.target.value)} placeholder={t('cue.adhoc.code')} aria-label={t('cue.adhoc.code')} data-testid="cue-code" />
        <input type="number" min={1} max={3600} value={countdown} onChange={(e) => setCountdown(e.target.value)} placeholder={t('cue.adhoc.countdown')} aria-label={t('cue.adhoc.countdown')} data-testid="cue-countdown" />
      </div>
      <div className="cue-quick">
        {CUE_KINDS.map((k) => (
          <button key={k} className={`sm cue-btn cue-${k}`} onClick={() => void fire(k)} data-testid={`quick-cue-${k}`}>{t(`cue.kind.${k}`)}</button>
        ))}
      </div>
    </>
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
  const [editing, setEditing] = useState(false);

  return (
    <section className="panel cues" data-testid="cue-panel">
      <div className="panel-head">
        <span className="panel-title">{t('cue.title')}</span>
        <span className="spacer" />
        <span className="muted"><kbd>C</kbd> {t('cue.fireNext')}</span>
        <button className="ghost sm" onClick={() => setEditing(!editing)} aria-expanded={editing} title={t('timings.title')} aria-label={t('timings.title')} data-testid="timings-toggle">⚙</button>
      </div>
      {editing ? <LiveTimingsForm onDone={() => setEditing(false)} /> : null}
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
        <AdHocCues slotId={onAir?.slot.id} />
        <div className="sub-head">{t('cue.history')}</div>
        {history.length === 0 ? <div className="muted empty-line">{t('cue.noFired')}</div> : (
          <ul className="cue-list">{history.map((c) => <FiredRow key={c.id} cue={c} />)}</ul>
        )}
      </div>
    </section>
  );
}
