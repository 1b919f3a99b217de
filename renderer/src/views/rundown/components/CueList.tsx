import { useState } from 'react';
import type { CueKind, Slot } from '../../../../../shared/protocol';
import { CUE_KINDS, TEXT_LIMITS } from '../../../../../shared/protocol';
import { LimitCounter } from '../../../components/LimitCounter';
import { limitedValue } from '../../../lib/textLimit';
import { uuid } from '../../../lib/id';
import { useRT } from '../../../i18n/rundown';
import { CUE_ZH } from '../model/exportTable';
import { addCue, fmtOffset, parseOffset, removeCue, updateCue, updateSlot } from '../model/showEdits';
import { showActions } from '../store/show.slice';
import { NumberField } from './NumberField';

const CUE_EN: Record<CueKind, string> = { lucky_bag: 'Lucky bag', coupon: 'Coupon', flash_sale: 'Flash sale', link: 'Link', restock: 'Restock' };

/** Planned cues of a slot (福袋, 优惠券, 秒杀, 上链接, 加库存) at an offset after the slot starts. */
export function CueList({ slot, readOnly, lang }: { slot: Slot; readOnly: boolean; lang: 'zh-CN' | 'en' }) {
  const t = useRT();
  const [kind, setKind] = useState<CueKind>('link');
  const label = (k: CueKind) => (lang === 'en' ? CUE_EN[k] : CUE_ZH[k]);
  const edit = (fn: (s: Slot) => Slot, key?: string) => showActions.editShow((show) => updateSlot(show, slot.id, fn), key);
  const slotSec = Math.round(slot.plannedMinutes * 60);
  return (
    <div className="cues">
      <div className="sec-head">
        <span>{t('cue.title')}</span>
        {!readOnly ? (
          <span className="cue-add">
            <select aria-label={t('cue.add')} value={kind} onChange={(e) => setKind(e.target.value as CueKind)} data-testid="cue-kind">
              {CUE_KINDS.map((k) => <option key={k} value={k}>{label(k)}</option>)}
            </select>
            <button className="sm" data-testid="cue-add" onClick={() => edit((s) => addCue(s, uuid(), kind, Math.min(slotSec - 30, (s.cues.at(-1)?.offsetSec ?? 0) + 60)))}>＋ {t('cue.add')}</button>
          </span>
        ) : null}
      </div>
      {slot.cues.length === 0 ? <div className="muted small">{t('cue.empty')}</div> : null}
      {slot.cues.map((c) => (
        <div className="cue-row" key={c.id} data-testid="cue-row">
          <span className={`cue-kind cue-${c.kind}`}>{label(c.kind)}</span>
          <NumberField
            label={t('cue.at')} width={58} value={c.offsetSec} readOnly={readOnly}
            format={fmtOffset} parse={(s) => { const v = parseOffset(s); return v !== null && v <= 86_400 ? v : null; }}
            onCommit={(v) => v !== undefined && edit((s) => updateCue(s, c.id, { offsetSec: v }), `cue-at:${c.id}`)}
          />
          {c.offsetSec >= slotSec ? <span className="warn-text small">⚠</span> : null}
          <input
            type="text" className="cue-note" aria-label={t('cue.note')} value={c.note} readOnly={readOnly}
            onChange={(e) => { const note = limitedValue(e.target.value, TEXT_LIMITS.cueNote); edit((s) => updateCue(s, c.id, { note }), `cue-note:${c.id}`); }}
          />
          <LimitCounter length={c.note.length} max={TEXT_LIMITS.cueNote} />
          {!readOnly ? <button className="ghost sm" aria-label={t('lex.remove')} onClick={() => edit((s) => removeCue(s, c.id))}>✕</button> : null}
        </div>
      ))}
    </div>
  );
}
