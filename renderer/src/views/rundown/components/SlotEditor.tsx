import type { Product, ProductRole, Slot } from '../../../../../shared/protocol';
import { PRODUCT_ROLES } from '../../../../../shared/protocol';
import { useLang } from '../../../store/ui.slice';
import { translate } from '../../../i18n';
import { useRT } from '../../../i18n/rundown';
import { fmtYuan } from '../../../../../shared/text/numberFormat';
import { parseYuan, updateSlot } from '../model/showEdits';
import { showActions } from '../store/show.slice';
import { CueList } from './CueList';
import { NumberField } from './NumberField';
import { MechanismField, TalkingPoints } from './TalkingPoints';

/** Everything about one slot: product facts, role, minutes, live price, targets, cues, talking points. */
export function SlotEditor({ slot, product, index, readOnly }: { slot: Slot; product: Product | undefined; index: number; readOnly: boolean }) {
  const t = useRT();
  const lang = useLang();
  const edit = (fn: (s: Slot) => Slot, key?: string) => showActions.editShow((show) => updateSlot(show, slot.id, fn), key);
  return (
    <section className="slot-editor" data-testid="slot-editor" data-slot-id={slot.id}>
      <header className="slot-head">
        <span className="slot-index num">{index + 1}</span>
        <div className="slot-title">
          <div className="slot-name" data-testid="slot-product-name">{product?.name ?? t('queue.noProduct')}</div>
          {product ? (
            <div className="muted small num">
              {product.id} · {t('slot.price', { price: fmtYuan(product.price), list: product.listPrice !== undefined ? `¥${fmtYuan(product.listPrice)}` : '—', stock: product.stock })}
              {product.brand ? ` · ${product.brand}` : ''}
            </div>
          ) : null}
        </div>
      </header>
      <div className="slot-grid">
        <label>
          <span>{t('slot.role')}</span>
          <select value={slot.role} disabled={readOnly} data-testid="slot-role" onChange={(e) => edit((s) => ({ ...s, role: e.target.value as ProductRole }))}>
            {PRODUCT_ROLES.map((r) => <option key={r} value={r}>{translate(lang, `role.${r}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('slot.minutes')}</span>
          <NumberField
            label={t('slot.minutes')} testId="slot-minutes" width={70} value={slot.plannedMinutes} readOnly={readOnly}
            format={(v) => String(v)} parse={(s) => { const v = Number(s); return Number.isFinite(v) && v >= 0.5 && v <= 600 ? Math.round(v * 10) / 10 : null; }}
            onCommit={(v) => v !== undefined && edit((s) => ({ ...s, plannedMinutes: v }), `minutes:${slot.id}`)}
          />
        </label>
        <label>
          <span>{t('slot.livePrice')}</span>
          <NumberField
            label={t('slot.livePrice')} testId="slot-live-price" width={90} value={slot.livePrice} allowEmpty readOnly={readOnly}
            placeholder={product ? t('slot.livePriceHint', { price: fmtYuan(product.price) }) : ''}
            format={fmtYuan} parse={parseYuan}
            onCommit={(v) => edit((s) => { const n = { ...s }; if (v === undefined) delete n.livePrice; else n.livePrice = v; return n; }, `live:${slot.id}`)}
          />
        </label>
        <label>
          <span>{t('slot.gmv')}</span>
          <NumberField
            label={t('slot.gmv')} width={100} value={slot.targets.gmv} allowEmpty readOnly={readOnly} format={fmtYuan} parse={parseYuan}
            onCommit={(v) => edit((s) => { const targets = { ...s.targets }; if (v === undefined) delete targets.gmv; else targets.gmv = v; return { ...s, targets }; }, `gmv:${slot.id}`)}
          />
        </label>
        <label>
          <span>{t('slot.conversion')}</span>
          <NumberField
            label={t('slot.conversion')} width={70} value={slot.targets.conversion} allowEmpty readOnly={readOnly}
            format={(v) => String(Math.round(v * 1000) / 10)} parse={(s) => { const v = Number(s); return Number.isFinite(v) && v >= 0 && v <= 100 ? v / 100 : null; }}
            onCommit={(v) => edit((s) => { const targets = { ...s.targets }; if (v === undefined) delete targets.conversion; else targets.conversion = v; return { ...s, targets }; }, `conv:${slot.id}`)}
          />
        </label>
      </div>
      <MechanismField slot={slot} product={product} readOnly={readOnly} />
      <CueList slot={slot} readOnly={readOnly} lang={lang} />
      <div className="sec-head"><span>{t('tp.title')}</span></div>
      <TalkingPoints slot={slot} product={product} readOnly={readOnly} />
    </section>
  );
}
