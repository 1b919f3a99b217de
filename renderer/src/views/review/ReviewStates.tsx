import { switchRole } from '../../app/useHubConnection';
import type { RKey, RtFn } from '../../i18n/review';
import type { ReviewError } from './useReviewReport';

function Card({ testId, tone, title, body, children, kind }: { testId: string; tone: 'info' | 'error'; title: string; body: string; children?: React.ReactNode; kind?: string }) {
  return (
    <div className="rv-center">
      <div className={`rv-card rv-card-${tone}`} data-testid={testId} data-kind={kind} role={tone === 'error' ? 'alert' : 'status'}>
        <div className="rv-card-title">{title}</div>
        <p>{body}</p>
        {children ? <div className="rv-card-actions">{children}</div> : null}
      </div>
    </div>
  );
}

export function LoadingState({ rt }: { rt: RtFn }) {
  return (
    <div className="waiting" data-testid="review-loading">
      <div className="waiting-spinner" />
      <div>{rt('loading')}</div>
    </div>
  );
}

/** A past session's report is being built on the hub (it answers 503 building); the view asks again. */
export function BuildingState({ rt }: { rt: RtFn }) {
  return (
    <div className="waiting" data-testid="review-building" role="status">
      <div className="waiting-spinner" />
      <div>{rt('building.title')}</div>
      <div className="muted">{rt('building.body')}</div>
    </div>
  );
}

/** The review is for producers and assistants; the hub refuses the host (403). */
export function HostState({ rt }: { rt: RtFn }) {
  return (
    <Card testId="review-host" tone="info" title={rt('host.title')} body={rt('host.body')}>
      <button type="button" className="primary" onClick={() => switchRole('producer')}>{rt('host.switch')}</button>
    </Card>
  );
}

const ERROR_TEXT: Record<ReviewError['kind'], RKey> = {
  auth: 'err.auth',
  forbidden: 'err.forbidden',
  network: 'err.network',
  server: 'err.server',
  invalid: 'err.invalid',
};

/** A clear Chinese (or English) sentence for why the report could not be loaded. */
export function errorText(error: ReviewError, rt: RtFn): string {
  return rt(ERROR_TEXT[error.kind], { status: error.status ?? '—' });
}

export function ErrorState({ error, onRetry, rt }: { error: ReviewError; onRetry: () => void; rt: RtFn }) {
  return (
    <Card testId="review-error" kind={error.kind} tone="error" title={rt('err.title')} body={errorText(error, rt)}>
      <button type="button" onClick={onRetry}>{rt('retry')}</button>
    </Card>
  );
}

export function EmptyState({ onRefresh, rt }: { onRefresh: () => void; rt: RtFn }) {
  return (
    <Card testId="review-empty" tone="info" title={rt('empty.title')} body={rt('empty.body')}>
      <button type="button" onClick={onRefresh}>{rt('refresh')}</button>
    </Card>
  );
}
