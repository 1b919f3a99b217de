import { useState } from 'react';
import { roleFor } from '../../services/session';
import { useRole } from '../../store/connection.slice';
import { useLang } from '../../store/ui.slice';
import { TimelineChart } from './chart/TimelineChart';
import { MarkerLegend } from './chart/MarkerLegend';
import { CompareView } from './compare/CompareView';
import { FunnelPanel } from './FunnelPanel';
import { parseReviewHash, useReviewHash } from './reviewHash';
import { SessionsPanel } from './SessionsPanel';
import { useRt } from '../../i18n/review';
import { ProductTable } from './ProductTable';
import { ReviewHeader } from './ReviewHeader';
import { BuildingState, EmptyState, ErrorState, errorText, HostState, LoadingState } from './ReviewStates';
import { shortName } from './reviewFormat';
import { TotalsStrip } from './TotalsStrip';
import { useReviewReport } from './useReviewReport';
import { OpenRecording, type OpenedRecording } from './OpenRecording';
import { ViewerVoice } from './ViewerVoice';
import { PlatformActionsLog } from '../console/PlatformActionsLog';
import './review.css';

/**
 * 复盘 (#/review): the producer's after-show report — totals, per-minute curves with slots and
 * markers, funnel, products, viewer voice, past sessions; #/review?session=ID a past session's;
 * #/review/compare?a=…&b=… two sessions side by side (直播PK).
 */
export default function ReviewView() {
  const role = useRole();
  const place = parseReviewHash(useReviewHash());
  // Fetch only once the connection carries the role this route runs as (the app sets it on mount).
  const fetchAs = role !== 'host' && role === roleFor('review') ? role : null;
  if (place.view === 'compare') return <CompareView a={place.a} b={place.b} fetchAs={fetchAs} />;
  return <SessionReview key={place.session ?? 'current'} session={place.session} fetchAs={fetchAs} />;
}

/** The report of one session (null: the hub's current one). */
function SessionReview({ session, fetchAs }: { session: string | null; fetchAs: string | null }) {
  const rt = useRt();
  const lang = useLang();
  const role = useRole();
  const { report: sessionReport, error, loading, building, fetchedAt, refresh } = useReviewReport(fetchAs, session);
  const [picked, setPicked] = useState<string | null>(null);
  // A recording (HAR / JSONL) opened from a file replaces the session's report until closed.
  const [opened, setOpened] = useState<OpenedRecording | null>(null);
  const report = opened?.review ?? sessionReport;
  const open = <OpenRecording opened={opened} onOpened={setOpened} rt={rt} />;

  if (role === 'host') return <HostState rt={rt} />;
  if (!report) {
    if (error) return <ErrorState error={error} onRetry={refresh} rt={rt} />;
    if (building) return <BuildingState rt={rt} />;
    return <LoadingState rt={rt} />;
  }
  if (report.series.length === 0 && report.runs.length === 0) return <>{open}<EmptyState onRefresh={refresh} rt={rt} /></>;

  const selected = picked !== null && report.products.some((p) => p.productId === picked) ? picked : null;
  const lastRun = report.runs.at(-1);
  const onAir = report.endedAt === null && lastRun && lastRun.endedAt === null ? lastRun.productId : null;
  const selectedName = selected ? shortName(report.products.find((p) => p.productId === selected)?.name ?? selected) : null;

  return (
    <div className="review" data-testid="review">
      {/* A past session's CSV comes from the hub too; a file opened in the browser has none there. */}
      <ReviewHeader report={report} past={session !== null || opened !== null} session={session} openedFile={opened !== null} loading={loading} fetchedAt={fetchedAt} onRefresh={refresh} lang={lang} rt={rt} />
      {open}
      {error ? (
        <div className="rv-banner" role="alert" data-testid="review-error" data-kind={error.kind}>
          {errorText(error, rt)}
          <button type="button" className="sm" onClick={refresh}>{rt('retry')}</button>
        </div>
      ) : null}
      <TotalsStrip report={report} lang={lang} rt={rt} />

      <section className="rv-panel rv-chart-panel">
        <div className="rv-panel-head">
          <h2>{rt('chart')}</h2>
          <span className="rv-legend">
            <span><i className="rv-swatch sw-online" />{rt('chart.online')}</span>
            <span><i className="rv-swatch sw-gmv" />{rt('chart.gmv')}</span>
            <span><i className="rv-swatch sw-comments" />{rt('chart.comments')}</span>
            <span><i className="rv-swatch sw-over" />{rt('chart.over')}</span>
            <span><i className="rv-swatch sw-planned" />{rt('chart.planned')}</span>
          </span>
          <MarkerLegend markers={report.markers ?? []} rt={rt} />
          <span className="spacer" />
          {selectedName ? (
            <button type="button" className="rv-filter" onClick={() => setPicked(null)} title={rt('clearFilter')}>
              {rt('onlyProduct', { name: selectedName })} <span aria-hidden>✕</span>
            </button>
          ) : <span className="muted rv-hint">{rt('chart.hint')}</span>}
        </div>
        <TimelineChart report={report} selected={selected} onSelect={setPicked} lang={lang} rt={rt} />
      </section>

      <FunnelPanel report={report} selected={selected} lang={lang} rt={rt} />

      <div className="rv-lower">
        <section className="rv-panel rv-products">
          <div className="rv-panel-head">
            <h2>{rt('products')}</h2>
            <span className="muted rv-hint">{rt('productsHint')}</span>
          </div>
          <ProductTable products={report.products} onAir={onAir} selected={selected} onSelect={setPicked} lang={lang} rt={rt} />
        </section>

        <section className="rv-panel rv-voice-panel">
          <div className="rv-panel-head">
            <h2>{rt('voice')}</h2>
            <span className="spacer" />
            {selectedName ? (
              <button type="button" className="rv-filter" onClick={() => setPicked(null)} title={rt('clearFilter')}>
                {rt('onlyProduct', { name: selectedName })} <span aria-hidden>✕</span>
              </button>
            ) : null}
          </div>
          <ViewerVoice report={report} productId={selected} lang={lang} rt={rt} />
        </section>
      </div>

      <SessionsPanel viewing={session} lang={lang} rt={rt} />
      <PlatformActionsLog />
    </div>
  );
}
