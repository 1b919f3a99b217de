import { useMemo } from 'react';
import { slotPrice } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { useProductsById, useSlotStates } from '../../store/live.selectors';
import { useLive, useShow } from '../../store/room.slice';
import { insertProduct } from './actions';
import { QueueRow } from './QueueRow';
import { displayState } from './queueState';
import { ownEntry } from '../../../../shared/domain/idTable';

export function QueuePanel() {
  const t = useT();
  const show = useShow();
  const live = useLive();
  const states = useSlotStates();
  const byId = useProductsById();
  const slots = show?.slots ?? [];
  const planned = useMemo(() => slots.reduce((m, s) => m + s.plannedMinutes + ((live ? ownEntry(live.extraMinutes, s.id) : undefined) ?? 0), 0), [slots, live]);
  const doneCount = slots.filter((s) => displayState(states[s.id]) === 'done').length;

  return (
    <section className="panel queue">
      <div className="panel-head">
        <span className="panel-title">{t('queue.title')}</span>
        <span className="muted num">{doneCount}/{slots.length} · {t('queue.plan')} {Math.round(planned)}{t('common.minutesShort')}</span>
        <span className="spacer" />
        <select
          className="queue-insert"
          value=""
          onChange={(e) => { if (e.target.value) void insertProduct(e.target.value); }}
          title={t('queue.insertHint')}
          data-testid="queue-insert"
        >
          <option value="">＋ {t('queue.insert')}…</option>
          {show?.products.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      <div className="qtable" role="table">
        <div className="qrow qhead" role="row">
          <span>#</span>
          <span>{t('queue.col.product')}</span>
          <span className="r">{t('queue.col.price')}</span>
          <span className="r">{t('queue.col.minutes')}</span>
          <span className="r">{t('queue.col.clicks')}</span>
          <span className="r">{t('queue.col.gmv')}</span>
          <span className="r">{t('queue.col.conv')}</span>
          <span className="r">{t('queue.col.stock')}</span>
          <span className="r">{t('queue.col.risk')}</span>
        </div>
        <div className="qbody">
          {show && slots.map((s, i) => (
            <QueueRow
              key={s.id}
              slot={s}
              index={i}
              count={slots.length}
              state={states[s.id] ?? 'queued'}
              product={byId.get(s.productId) ?? null}
              price={slotPrice(show, s)}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
