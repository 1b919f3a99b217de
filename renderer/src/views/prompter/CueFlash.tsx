import { useMemo } from 'react';
import { useT } from '../../i18n';
import { fmtTime } from '../../lib/format';
import { pendingCues, useFiredCues } from '../../store/cues.slice';
import { runCommand } from '../../services/hubClient';

/** Fired cues the host has not acknowledged: flashing, with a big acknowledge button. */
export function CueFlash() {
  const t = useT();
  const fired = useFiredCues();
  const pending = useMemo(() => pendingCues(fired), [fired]);
  if (pending.length === 0) return null;
  return (
    <div className="cue-flash-list" data-testid="prompter-cues">
      {pending.slice(0, 2).map((c) => (
        <div key={c.id} className={`cue-flash cue-${c.kind}`} data-testid="prompter-cue" role="alert">
          <div className="cue-flash-text">
            <div className="cue-flash-kind">{t(`cue.kind.${c.kind}`)}</div>
            {c.note ? <div className="cue-flash-note">{c.note}</div> : null}
            <div className="cue-flash-meta num">{fmtTime(c.firedAt)} · {c.firedBy}</div>
          </div>
          <button className="cue-ack" onClick={() => void runCommand({ type: 'cue.ack', cueId: c.id })} data-testid="cue-ack">
            ✓ {t('cue.ack')}
          </button>
        </div>
      ))}
      {pending.length > 2 ? <div className="muted">+{pending.length - 2}</div> : null}
    </div>
  );
}
