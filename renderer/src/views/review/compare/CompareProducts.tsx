import { compareProducts } from '../../../../../shared/domain/review/compare';
import type { ReviewProduct, ReviewReport } from '../../../../../shared/protocol/review';
import { fmtInt, fmtMoney } from '../../../../../shared/text/numberFormat';
import { rtOf, type RtFn } from '../../../i18n/review';
import type { Lang } from '../../../store/ui.slice';
import { fmtAbs, fmtRel, tone } from './compareFormat';

function Unmatched({ title, side, products, lang, rt }: { title: string; side: 'a' | 'b'; products: readonly ReviewProduct[]; lang: Lang; rt: RtFn }) {
  return (
    <div className="rv-cunmatched" data-testid={`compare-only-${side}`}>
      <h3 className="rv-sub"><span className={`rv-cdot is-${side}`} />{title} <span className="muted">{products.length}</span></h3>
      {products.length === 0 ? <p className="muted rv-empty-line">{rt('cmp.none')}</p> : (
        <ul className="rv-quotes">
          {products.map((p) => (
            <li key={p.productId} data-testid="compare-unmatched" data-product-id={p.productId}>
              <span className="rv-quote-text" title={p.name}>{p.name}</span>
              {p.roles[0] ? <span className={`tag role-${p.roles[0]}`}>{rtOf(rt, 'role', p.roles[0])}</span> : null}
              <span className="rv-count num">{fmtMoney(p.gmv, false, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Per product: matched by product id (A, B, difference), then the products only one session had. */
export function CompareProducts({ a, b, lang, rt }: { a: ReviewReport; b: ReviewReport; lang: Lang; rt: RtFn }) {
  const c = compareProducts(a, b);
  return (
    <div className="rv-cproducts">
      <div className="rv-table-wrap">
        <table className="rv-table rv-ctable" data-testid="compare-products">
          <thead>
            <tr>
              <th>{rt('col.product')} <span className="muted">· {rt('cmp.matched', { n: c.matched.length })}</span></th>
              <th className="r"><span className="rv-cdot is-a" />{rt('cmp.a')} · {rt('col.gmv').split(' / ')[0]}</th>
              <th className="r"><span className="rv-cdot is-b" />{rt('cmp.b')} · {rt('col.gmv').split(' / ')[0]}</th>
              <th className="r">{rt('cmp.diff')}</th>
              <th className="r">{rt('cmp.pct')}</th>
              <th className="r"><span className="rv-cdot is-a" />{rt('cmp.a')} · {rt('col.buyers')}</th>
              <th className="r"><span className="rv-cdot is-b" />{rt('cmp.b')} · {rt('col.buyers')}</th>
            </tr>
          </thead>
          <tbody>
            {c.matched.map((m) => {
              const t = tone('gmv', m.gmv);
              return (
                <tr key={m.productId} data-testid="compare-product" data-product-id={m.productId} data-gmv-abs={m.gmv.abs}>
                  <td className="c-name"><span className="ellipsis" title={m.name}>{m.name}</span></td>
                  <td className="r num">{fmtMoney(m.a.gmv, false, lang)}</td>
                  <td className="r num">{fmtMoney(m.b.gmv, false, lang)}</td>
                  <td className={`r num rv-d-${t}`}>{fmtAbs('gmv', m.gmv, lang)}</td>
                  <td className={`r num rv-d-${t}`}>{fmtRel(m.gmv)}</td>
                  <td className="r num">{fmtInt(m.a.buyers, false, lang)}</td>
                  <td className="r num">{fmtInt(m.b.buyers, false, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="rv-cunmatched-row">
        <Unmatched title={rt('cmp.onlyA')} side="a" products={c.onlyA} lang={lang} rt={rt} />
        <Unmatched title={rt('cmp.onlyB')} side="b" products={c.onlyB} lang={lang} rt={rt} />
      </div>
    </div>
  );
}
