import { useMemo } from 'react';
import type { Product } from '../../../../../shared/protocol';
import { VirtualList } from '../../../components/VirtualList';
import { useRT } from '../../../i18n/rundown';
import { fmtYuan } from '../../../../../shared/text/numberFormat';
import { selectionActions, useCatalogQuery, useSelectedSlotId } from '../store/selection.slice';
import { useShowDoc } from '../store/show.slice';
import { queueOps } from './queueOps';

/** The show's product catalog (imported): search and add to the queue after the selected slot. */
export function CatalogPanel({ readOnly }: { readOnly: boolean }) {
  const t = useRT();
  const show = useShowDoc();
  const query = useCatalogQuery();
  const selected = useSelectedSlotId();
  const inQueue = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of show.slots) m.set(s.productId, (m.get(s.productId) ?? 0) + 1);
    return m;
  }, [show.slots]);
  const items = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return show.products;
    return show.products.filter((p) => p.name.toLowerCase().includes(q) || p.id.toLowerCase().includes(q) || (p.brand ?? '').toLowerCase().includes(q));
  }, [show.products, query]);
  const insertAt = () => {
    const i = show.slots.findIndex((s) => s.id === selected);
    return i >= 0 ? i + 1 : show.slots.length;
  };
  const row = (p: Product) => (
    <div className="crow" data-testid="catalog-item" data-product-id={p.id}>
      <div className="cname" title={p.name}>{p.name}</div>
      <div className="cmeta muted num">¥{fmtYuan(p.price)}{p.listPrice !== undefined ? <s> ¥{fmtYuan(p.listPrice)}</s> : null} · {p.stock}</div>
      {inQueue.get(p.id) ? <span className="badge in">{t('catalog.inQueue', { n: inQueue.get(p.id)! })}</span> : null}
      {!readOnly ? <button className="sm" data-testid="catalog-add" title={t('catalog.add')} aria-label={`${t('catalog.add')}：${p.name}`} onClick={() => queueOps.addProduct(p.id, insertAt())}>＋</button> : null}
    </div>
  );
  return (
    <div className="catalog">
      <div className="panel-head">
        <span className="panel-title">{t('catalog.title')} <span className="muted num">{t('catalog.count', { n: show.products.length })}</span></span>
        <button className="sm" data-testid="open-import" onClick={() => selectionActions.open('import')} disabled={readOnly}>{t('tb.import')}</button>
      </div>
      <input type="search" className="catalog-search" placeholder={t('catalog.search')} aria-label={t('catalog.search')} value={query} onChange={(e) => selectionActions.setQuery(e.target.value)} />
      <div className="catalog-list">
        <VirtualList items={items} rowHeight={46} getKey={(p) => p.id} renderRow={row} follow={false} empty={<div className="empty">{t('catalog.empty')}</div>} testId="catalog-list" />
      </div>
    </div>
  );
}
