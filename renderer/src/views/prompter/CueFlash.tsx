import { useMemo } from 'react';
import { prompterCues } from '../../../../shared/domain/live/cueLifecycle';
import { useT } from '../../i18n';
import { fmtTime, fmtTimer } from '../../lib/format';
import { useServerNow } from '../../lib/useServerNow';
import { useFiredCues } from '../../store/cues.slice';
import { useShow } from '../../store/room.slice';
import { runCommand } from '../../services/hubClient';

/**
 * Cues the host has to act on: flashing, with a big acknowledge button. Only cues of the live
 * show that are still in effect (shared/domain/live/cueLifecycle): withdrawn, expired and
 * acknowledged cues, and cues for a product the show does not have, never show.
 */
export function CueFlash() {
  const t = useT();
  const fired = useFiredCues();
  const show = useShow();
  const now = useServerNow(1000);
  const pending = useMemo(() => prompterCues(fired, show, now), [fired, show, now]);
  if (pending.length === 0) return null;
  return (
    <div className="cue-flash-list" data-testid="prompter-cues">
      {pending.slice(0, 2).map((c) => {
        const left = c.countdownSec ? c.firedAt + c.countdownSec * 1000 - now : null;
        return (
          <div key={c.id} className={`cue-flash cue-${c.kind}`} data-testid="prompter-cue" data-cue-id={c.id} role="alert">
            <div className="cue-flash-text">
              <div className="cue-flash-kind">{t(`cue.kind.${c.kind}`)}</div>
              {c.note ? <div className="cue-flash-note">{c.note}</div> : null}
              {c.code ? <div className="cue-flash-note" data-testid="prompter-cue-code">{t('cue.code')}：{c.code}</div> : null}
              {left !== null ? <div className="cue-flash-note num" data-testid="prompter-cue-countdown">{t('cue.countdown')} {fmtTimer(Math.max(0, left))}</div> : null}
              <div className="cue-flash-meta num">{fmtTime(c.firedAt)} · {c.firedBy}</div>
            </div>
            <button className="cue-ack" onClick={() => void runCommand({ type: 'cue.ack', cueId: c.id })} data-testid="cue-ack">
              ✓ {t('cue.ack')}
            </button>
          </div>
        );
      })}
      {pending.length > 2 ? <div className="muted">+{pending.length - 2}</div> : null}
    </div>
  );
}
