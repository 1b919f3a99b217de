import { useMemo } from 'react';
import { withLexicon } from '../../../../../shared/domain/compliance';
import { showDiff, type DiffProduct } from '../../../../../shared/domain/live/showDiff';
import { useRT, type RundownKey } from '../../../i18n/rundown';
import { confirmGoLive } from '../services/goLive.service';
import { useRoomLive, useRoomShow } from '../services/hubAdapter';
import { useShowStore } from '../store/show.slice';
import { Dialog } from './Dialog';

function ProductList({ label, items, testId }: { label: RundownKey; items: DiffProduct[]; testId: string }) {
  const t = useRT();
  if (!items.length) return null;
  return (
    <div className="golive-group" data-testid={testId}>
      <div className="small muted">{t(label)}（{items.length}）</div>
      <ul>{items.map((p) => <li key={p.productId} data-product-id={p.productId}>{p.name}</li>)}</ul>
    </div>
  );
}

/** Going live mid-show: what the room's queue will look like after, and what happens to the product on air. */
export function GoLiveDialog() {
  const t = useRT();
  const roomShow = useRoomShow();
  const live = useRoomLive();
  const show = useShowStore((s) => s.show);
  const lexicon = useShowStore((s) => s.lexicon);
  const diff = useMemo(() => (roomShow ? showDiff(roomShow, withLexicon(show, lexicon), live) : null), [roomShow, show, lexicon, live]);
  if (!diff) return null;
  const dropped = diff.onAir.kind === 'dropped' ? diff.onAir.product.name : null;
  return (
    <Dialog title={t('golive.title')} onClose={() => confirmGoLive(false)} testId="golive-dialog">
      {diff.onAir.kind !== 'none' ? (
        <p className={dropped ? 'danger-text' : ''} data-testid="golive-onair" data-fate={diff.onAir.kind}>
          {t(dropped ? 'golive.onairDropped' : 'golive.onairKept', { name: diff.onAir.product.name })}
        </p>
      ) : null}
      {diff.same ? <p className="muted" data-testid="golive-nochange">{t('golive.noChange')}</p> : null}
      <ProductList label="golive.added" items={diff.added} testId="golive-added" />
      <ProductList label="golive.removed" items={diff.removed} testId="golive-removed" />
      <ProductList label="golive.reordered" items={diff.reordered} testId="golive-reordered" />
      <div className="dlg-actions">
        <button onClick={() => confirmGoLive(false)}>{t('dlg.cancel')}</button>
        <button className={dropped ? 'danger' : 'primary'} data-testid="golive-confirm" onClick={() => confirmGoLive(true)}>
          {dropped ? t('golive.confirmDrop', { name: dropped }) : t('golive.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
