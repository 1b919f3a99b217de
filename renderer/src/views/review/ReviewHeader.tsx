import { useState } from 'react';
import type { ReviewReport } from '../../../../shared/protocol/review';
import { fmtTime } from '../../lib/format';
import type { Lang } from '../../store/ui.slice';
import { toastActions } from '../../store/toasts.slice';
import { exportCsv, exportPdf } from './exportReport';
import type { RtFn } from '../../i18n/review';
import { fmtDateTime, fmtSpan } from './reviewFormat';

interface Props {
  report: ReviewReport;
  /** A past session (from the data folder), not the hub's current one. */
  past?: boolean;
  /** Id of the listed session on screen (null: the hub's current one); its CSV comes from the hub. */
  session?: string | null;
  /** A file opened in the browser (not in the data folder): the hub has no CSV of it. */
  openedFile?: boolean;
  loading: boolean;
  fetchedAt: number | null;
  onRefresh: () => void;
  lang: Lang;
  rt: RtFn;
}

/** Title, when the show ran and for how long, and the report's actions (refresh, CSV, print/PDF). */
export function ReviewHeader({ report, past = false, session = null, openedFile = false, loading, fetchedAt, onRefresh, lang, rt }: Props) {
  const [busy, setBusy] = useState<'csv' | 'pdf' | null>(null);
  const live = report.endedAt === null;
  const end = report.endedAt ?? report.generatedAt;
  const products = new Set(report.runs.map((r) => r.productId)).size;

  async function onCsv() {
    setBusy('csv');
    try {
      const r = await exportCsv(report.title, report.startedAt, session);
      if (r.kind === 'saved') toastActions.show('info', rt('csvSaved'), rt('csvSavedTo', { path: r.path }));
    } catch (e) {
      toastActions.show('error', rt('csvFailed'), e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  async function onPdf() {
    setBusy('pdf');
    try {
      const r = await exportPdf(report.title, report.startedAt);
      if (r.kind === 'saved') toastActions.show('info', rt('pdfSaved'), rt('csvSavedTo', { path: r.path }));
    } catch (e) {
      toastActions.show('error', rt('pdfFailed'), e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <header className="rv-head">
      <div className="rv-head-main">
        <div className="rv-head-title">
          <span className="rv-kicker">{past ? rt('past') : rt('title')}</span>
          <h1 className="ellipsis" title={report.title}>{report.title}</h1>
          <span className={`rv-state ${live ? 'is-live' : 'is-ended'}`} data-testid="review-state" data-live={live}>
            {live ? rt('live') : rt('ended')}
          </span>
        </div>
        <div className="rv-head-meta">
          <span>{rt('start')} <b className="num">{fmtDateTime(report.startedAt, lang)}</b></span>
          {live ? (
            <span>{rt('asOf')} <b className="num">{fmtTime(report.generatedAt)}</b></span>
          ) : (
            <span>{rt('end')} <b className="num">{fmtDateTime(end, lang)}</b></span>
          )}
          <span>{rt('duration')} <b className="num">{fmtSpan(end - report.startedAt, lang)}</b></span>
          <span>{rt('slotsAired', { n: report.runs.length, p: products })}</span>
        </div>
      </div>
      <div className="rv-actions">
        <span className="rv-updated muted" title={live ? rt('autoRefresh') : undefined}>
          {fetchedAt !== null ? rt('updated', { time: fmtTime(fetchedAt) }) : ''}
          {live ? <i className="rv-live-dot" /> : null}
        </span>
        {past ? <a className="rv-back" href="#/review" data-testid="review-back">{rt('sessions.back')}</a> : null}
        <button type="button" onClick={onRefresh} disabled={loading} aria-busy={loading} title={loading ? rt('refreshing') : undefined} data-testid="review-refresh">
          <span className={loading ? 'rv-spin' : ''} aria-hidden>↻</span> {rt('refresh')}
        </button>
        <button type="button" onClick={() => void onCsv()} disabled={busy !== null || openedFile} title={openedFile ? rt('csvNotForFile') : undefined} data-testid="review-export-csv">
          {busy === 'csv' ? rt('exporting') : rt('exportCsv')}
        </button>
        <button type="button" className="primary" onClick={() => void onPdf()} disabled={busy !== null} data-testid="review-print">
          {rt('print')}
        </button>
      </div>
    </header>
  );
}
