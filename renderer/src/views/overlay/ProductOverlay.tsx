import { fmtPrice } from '../../../../shared/text/numberFormat';
import type { OverlayActivity } from '../../../../shared/protocol/overlay';
import { useT } from '../../i18n';
import { useOt } from '../../i18n/overlay';
import { fmtTimer } from '../../lib/format';
import { useServerNow } from '../../lib/useServerNow';
import { useOverlayActivities, useOverlayProduct } from './overlay.slice';

/** A running 福袋 / 秒杀: its countdown (hub clock), or "now on" when fired without one; the 口令 if any. */
function Activity({ a, now }: { a: OverlayActivity; now: number }) {
  const t = useT();
  const ot = useOt();
  return (
    <div className={`ov-act ov-act-${a.kind}`} data-testid="overlay-activity" data-kind={a.kind}>
      <span className="ov-act-kind">{t(`cue.kind.${a.kind}`)}</span>
      <span className="ov-act-time num" data-testid="overlay-countdown">
        {a.countdownEndsAt !== null ? fmtTimer(Math.max(0, a.countdownEndsAt - now)) : ot('activity.running')}
      </span>
      {a.code ? <span className="ov-act-code">{ot('activity.code')} <bdi>{a.code}</bdi></span> : null}
    </div>
  );
}

/** `#/overlay/product`: the on-air product card — name, live price, and a 福袋 / 秒杀 countdown while one runs. */
export function ProductOverlay() {
  const ot = useOt();
  const p = useOverlayProduct();
  const activities = useOverlayActivities();
  const now = useServerNow(250);
  if (!p) return null;
  const running = activities.filter((a) => now < a.until).slice(0, 2);
  return (
    <section key={p.productId} className="ov-card ov-product ov-enter" data-testid="overlay-product" data-product-id={p.productId}>
      <div className="ov-p-name" data-testid="overlay-product-name">{p.name}</div>
      <div className="ov-p-prices">
        <span className="ov-p-label">{ot('product.livePrice')}</span>
        <span className="ov-p-price num" data-testid="overlay-price">{fmtPrice(p.price)}</span>
        {p.listPrice !== undefined && p.listPrice > p.price ? <s className="ov-p-list num" aria-label={ot('product.listPrice')}>{fmtPrice(p.listPrice)}</s> : null}
        {p.soldOut ? <span className="ov-soldout" data-testid="overlay-sold-out">{ot('product.soldOut')}</span> : null}
      </div>
      {running.length ? <div className="ov-acts">{running.map((a) => <Activity key={a.id} a={a} now={now} />)}</div> : null}
    </section>
  );
}
