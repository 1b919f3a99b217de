import type { ReviewReport } from '../../../../../shared/protocol/review';
import { useRt, type RtFn } from '../../../i18n/review';
import { fmtMoney } from '../../../../../shared/text/numberFormat';
import { useLang, type Lang } from '../../../store/ui.slice';
import { ErrorState, LoadingState } from '../ReviewStates';
import { compareHash } from '../reviewHash';
import { fmtDateTime, fmtSpan } from '../reviewFormat';
import { CompareChart } from './CompareChart';
import { CompareProducts } from './CompareProducts';
import { CompareTotals } from './CompareTotals';
import { useTwoReports } from './useTwoReports';
import { CompareCsvButton } from './CompareCsvButton';

function Side({ side, r, lang, rt }: { side: 'a' | 'b'; r: ReviewReport; lang: Lang; rt: RtFn }) {
  const end = r.endedAt ?? r.generatedAt;
  return (
    <div className={`rv-cside is-${side}`} data-testid={`compare-side-${side}`} data-gmv={r.totals.gmv}>
      <div className="rv-cside-label"><span className={`rv-cdot is-${side}`} />{rt(side === 'a' ? 'cmp.a' : 'cmp.b')}</div>
      <div className="rv-cside-title ellipsis" title={r.title}>{r.title}</div>
      <div className="rv-head-meta">
        <span>{rt('start')} <b className="num">{fmtDateTime(r.startedAt, lang)}</b></span>
        <span>{rt('duration')} <b className="num">{fmtSpan(end - r.startedAt, lang)}</b></span>
        <span>{rt('gmv')} <b className="num">{fmtMoney(r.totals.gmv, false, lang)}</b></span>
      </div>
    </div>
  );
}

/** 直播PK (#/review/compare?a=…&b=…): two sessions' totals, curves and products side by side. */
export function CompareView({ a, b, fetchAs }: { a: string | null; b: string | null; fetchAs: string | null }) {
  const rt = useRt();
  const lang = useLang();
  const { a: ra, b: rb, error } = useTwoReports(fetchAs, a, b);
  if (a === null || b === null) {
    return (
      <div className="rv-center"><div className="rv-card rv-card-info" data-testid="compare-missing" role="status">
        <div className="rv-card-title">{rt('cmp.title')}</div><p>{rt('cmp.missing')}</p>
        <div className="rv-card-actions"><a href="#/review">{rt('cmp.back')}</a></div>
      </div></div>
    );
  }
  if (error) return <ErrorState error={error} onRetry={() => location.reload()} rt={rt} />;
  if (!ra || !rb) return <LoadingState rt={rt} />;
  return (
    <div className="review rv-compare" data-testid="review-compare-view">
      <header className="rv-head">
        <div className="rv-head-main">
          <div className="rv-head-title"><span className="rv-kicker">{rt('cmp.title')}</span></div>
        </div>
        <div className="rv-actions">
          <a className="rv-back" href="#/review">{rt('cmp.back')}</a>
          <button type="button" onClick={() => { location.hash = compareHash(b, a); }} data-testid="compare-swap">{rt('cmp.swap')}</button>
          <CompareCsvButton a={{ id: a, title: ra.title, at: ra.startedAt }} b={{ id: b, title: rb.title }} rt={rt} />
        </div>
      </header>
      <div className="rv-csides">
        <Side side="a" r={ra} lang={lang} rt={rt} />
        <Side side="b" r={rb} lang={lang} rt={rt} />
      </div>
      <div className="rv-cgrid">
        <section className="rv-panel">
          <div className="rv-panel-head"><h2>{rt('cmp.totals')}</h2></div>
          <CompareTotals a={ra} b={rb} lang={lang} rt={rt} />
        </section>
        <section className="rv-panel rv-chart-panel">
          <div className="rv-panel-head">
            <h2>{rt('cmp.curves')}</h2>
            <span className="rv-legend">
              <span><i className="rv-cdot is-a" />{rt('cmp.a')} · {fmtDateTime(ra.startedAt, lang)}</span>
              <span><i className="rv-cdot is-b" />{rt('cmp.b')} · {fmtDateTime(rb.startedAt, lang)}</span>
              <span className="muted">{rt('cmp.axis')}</span>
            </span>
          </div>
          <CompareChart a={ra} b={rb} lang={lang} rt={rt} />
        </section>
      </div>
      <section className="rv-panel">
        <div className="rv-panel-head"><h2>{rt('cmp.products')}</h2></div>
        <CompareProducts a={ra} b={rb} lang={lang} rt={rt} />
      </section>
    </div>
  );
}
