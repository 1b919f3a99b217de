import { useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Product } from '../../../../../shared/protocol';
import { slotPrice } from '../../../../../shared/protocol';
import { useLang } from '../../../store/ui.slice';
import { translate } from '../../../i18n';
import { useRT } from '../../../i18n/rundown';
import { fmtYuan } from '../../../../../shared/text/numberFormat';
import { fmtMinutes, runningTotals } from '../model/showEdits';
import { useShowFindings } from '../store/lint.slice';
import { selectionActions, useSelectedSlotId } from '../store/selection.slice';
import { showActions, useShowDoc } from '../store/show.slice';
import { queueOps } from './queueOps';

function Totals({ total, planned }: { total: number; planned: number | undefined }) {
  const t = useRT();
  const ratio = planned ? Math.min(1.25, total / planned) : 0;
  const over = planned !== undefined && total > planned;
  return (
    <div className="totals" data-testid="queue-total" data-total={total} data-planned={planned ?? ''}>
      <div className="totals-line num">
        <span>{t('queue.total', { total: fmtMinutes(total), planned: planned ? fmtMinutes(planned) : '—' })}</span>
        {planned !== undefined ? (
          <span className={over ? 'danger-text' : 'muted'}>{over ? t('queue.over', { n: Math.round(total - planned) }) : t('queue.left', { n: Math.round(planned - total) })}</span>
        ) : null}
      </div>
      <div className="totals-bar"><div className={`totals-fill${over ? ' over' : ''}`} style={{ width: `${(ratio / 1.25) * 100}%` }} /><div className="totals-mark" style={{ left: `${100 / 1.25}%` }} /></div>
    </div>
  );
}

/** The run-of-show queue: drag to reorder, Alt+↑/↓ to move, Ctrl+D duplicate, Delete remove. */
export function QueuePanel({ readOnly }: { readOnly: boolean }) {
  const t = useRT();
  const lang = useLang();
  const show = useShowDoc();
  const selected = useSelectedSlotId();
  const findings = useShowFindings();
  const [drag, setDrag] = useState<{ from: number; over: number | null } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const products = useMemo(() => new Map<string, Product>(show.products.map((p) => [p.id, p])), [show.products]);
  const { total, starts } = useMemo(() => runningTotals(show), [show]);
  const counts = useMemo(() => {
    const m = new Map<string, { e: number; w: number }>();
    for (const f of findings) {
      const c = m.get(f.slotId) ?? { e: 0, w: 0 };
      if (f.severity === 'error') c.e++; else c.w++;
      m.set(f.slotId, c);
    }
    return m;
  }, [findings]);

  const focusRow = (i: number) => requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('[data-testid="queue-slot"]')[i]?.focus());

  const onKey = (e: KeyboardEvent<HTMLLIElement>, i: number) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      if (readOnly) return;
      const to = e.key === 'ArrowUp' ? i - 1 : i + 1;
      if (to < 0 || to >= show.slots.length) return;
      queueOps.move(i, to);
      focusRow(to);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const to = Math.max(0, Math.min(show.slots.length - 1, i + (e.key === 'ArrowUp' ? -1 : 1)));
      selectionActions.select(show.slots[to]!.id);
      focusRow(to);
    } else if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      selectionActions.edit(show.slots[i]!.id);
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') {
      e.preventDefault();
      if (!readOnly) { queueOps.duplicate(i); focusRow(i + 1); }
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !readOnly) {
      e.preventDefault();
      queueOps.remove(i);
      focusRow(Math.min(i, show.slots.length - 2));
    }
  };

  const dropAt = (e: DragEvent, i: number) => {
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    return e.clientY < r.top + r.height / 2 ? i : i + 1;
  };

  return (
    <div className="queue">
      <div className="panel-head">
        <span className="panel-title">{t('queue.title')} <span className="muted num">{show.slots.length}</span></span>
        <label className="planned">
          <span className="muted">{t('tb.plannedLength')}</span>
          <input
            type="number" min={1} max={1440} className="num" data-testid="show-planned-minutes" aria-label={t('tb.plannedLength')}
            value={show.plannedMinutes ?? ''} readOnly={readOnly}
            onChange={(e) => {
              const v = Number(e.target.value);
              showActions.editShow((s) => {
                const n = { ...s };
                if (e.target.value === '' || !Number.isFinite(v)) delete n.plannedMinutes;
                else n.plannedMinutes = Math.max(1, Math.min(1440, v));
                return n;
              }, 'plannedMinutes');
            }}
          />
          <span className="muted">{t('tb.minutes')}</span>
        </label>
      </div>
      <Totals total={total} planned={show.plannedMinutes} />
      {show.slots.length === 0 ? <div className="empty">{t('queue.empty')}</div> : null}
      <ol className="queue-list" ref={listRef} role="listbox" aria-label={t('queue.title')} data-testid="queue-list" onDragLeave={(e) => { if (e.currentTarget === e.target) setDrag((d) => (d ? { ...d, over: null } : d)); }}>
        {show.slots.map((s, i) => {
          const p = products.get(s.productId);
          const c = counts.get(s.id);
          const over = drag?.over;
          return (
            <li
              key={s.id}
              role="option"
              aria-selected={s.id === selected}
              tabIndex={s.id === selected || (selected === null && i === 0) ? 0 : -1}
              className={`qrow${s.id === selected ? ' sel' : ''}${drag?.from === i ? ' dragging' : ''}${over === i ? ' drop-before' : ''}${over === i + 1 && i === show.slots.length - 1 ? ' drop-after' : ''}`}
              data-testid="queue-slot"
              data-slot-id={s.id}
              data-product-id={s.productId}
              draggable={!readOnly}
              onClick={() => selectionActions.edit(s.id)}
              onFocus={() => { if (selected !== s.id) selectionActions.select(s.id); }}
              onKeyDown={(e) => onKey(e, i)}
              onDragStart={(e) => { e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', String(i)); setDrag({ from: i, over: null }); }}
              onDragOver={(e) => { if (!drag) return; e.preventDefault(); const at = dropAt(e, i); if (at !== drag.over) setDrag({ ...drag, over: at }); }}
              onDrop={(e) => {
                e.preventDefault();
                if (!drag) return;
                const at = dropAt(e, i);
                queueOps.move(drag.from, at > drag.from ? at - 1 : at);
                setDrag(null);
              }}
              onDragEnd={() => setDrag(null)}
            >
              <span className="grip" aria-hidden="true">⠿</span>
              <span className="qidx num">{i + 1}</span>
              <span className="qstart num muted">{fmtMinutes(starts[i]!)}</span>
              <span className="qname" title={p?.name}>{p?.name ?? t('queue.noProduct')}</span>
              <span className={`role-pill role-${s.role}`}>{translate(lang, `role.${s.role}`)}</span>
              <span className="qmin num">{s.plannedMinutes}′</span>
              <span className="qprice num">¥{fmtYuan(slotPrice(show, s))}</span>
              <span className="qflags">
                {c?.e ? <span className="badge sev-error" data-testid="slot-errors" title={`${c.e} / ${c.w}`}>{c.e}</span>
                  : c?.w ? <span className="badge sev-warning" title={`0 / ${c.w}`}>{c.w}</span> : null}
              </span>
              {!readOnly ? (
                <span className="qactions">
                  <button className="ghost sm" tabIndex={-1} title={t('queue.moveUp')} aria-label={t('queue.moveUp')} disabled={i === 0} onClick={(e) => { e.stopPropagation(); queueOps.move(i, i - 1); }}>↑</button>
                  <button className="ghost sm" tabIndex={-1} title={t('queue.moveDown')} aria-label={t('queue.moveDown')} disabled={i === show.slots.length - 1} onClick={(e) => { e.stopPropagation(); queueOps.move(i, i + 1); }}>↓</button>
                  <button className="ghost sm" tabIndex={-1} title={t('queue.duplicate')} aria-label={t('queue.duplicate')} data-testid="slot-duplicate" onClick={(e) => { e.stopPropagation(); queueOps.duplicate(i); }}>⧉</button>
                  <button className="ghost sm" tabIndex={-1} title={t('queue.remove')} aria-label={t('queue.remove')} data-testid="slot-remove" onClick={(e) => { e.stopPropagation(); queueOps.remove(i); }}>✕</button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="keys-hint muted small">{t('queue.keys')}</div>
    </div>
  );
}
