import { compareTotals } from '../../../../../shared/domain/review/compare';
import type { ReviewReport } from '../../../../../shared/protocol/review';
import { rtOf, type RtFn } from '../../../i18n/review';
import type { Lang } from '../../../store/ui.slice';
import { fmtAbs, fmtRel, fmtValue, tone } from './compareFormat';

/** Totals of A and B side by side, with B − A and the change in %. */
export function CompareTotals({ a, b, lang, rt }: { a: ReviewReport; b: ReviewReport; lang: Lang; rt: RtFn }) {
  const rows = compareTotals(a, b);
  return (
    <table className="rv-table rv-ctable" data-testid="compare-totals">
      <thead>
        <tr>
          <th />
          <th className="r"><span className="rv-cdot is-a" />{rt('cmp.a')}</th>
          <th className="r"><span className="rv-cdot is-b" />{rt('cmp.b')}</th>
          <th className="r">{rt('cmp.diff')}</th>
          <th className="r">{rt('cmp.pct')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const t = tone(r.key, r);
          return (
            <tr key={r.key} data-testid="compare-total" data-key={r.key} data-a={r.a} data-b={r.b} data-abs={r.abs} data-pct={r.pct ?? ''}>
              <td className="rv-ckey">{rtOf(rt, 'cmp.key', r.key)}</td>
              <td className="r num">{fmtValue(r.key, r.a, lang)}</td>
              <td className="r num">{fmtValue(r.key, r.b, lang)}</td>
              <td className={`r num rv-d-${t}`}>{fmtAbs(r.key, r, lang)}</td>
              <td className={`r num rv-d-${t}`}>{fmtRel(r)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
