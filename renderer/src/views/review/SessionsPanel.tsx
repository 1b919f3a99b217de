import { useState } from 'react';
import type { ReviewSession } from '../../../../shared/protocol/review';
import { fmtMoney } from '../../../../shared/text/numberFormat';
import type { RtFn } from '../../i18n/review';
import type { Lang } from '../../store/ui.slice';
import { compareHash, reportHash } from './reviewHash';
import { fmtDateTime, fmtSpan } from './reviewFormat';
import { useSessions } from './useSessions';

interface Props {
  /** Session on screen (null = the current one). */
  viewing: string | null;
  lang: Lang;
  rt: RtFn;
}

function kindText(s: ReviewSession, rt: RtFn): string {
  if (s.kind === 'current') return s.endedAt === null ? rt('sessions.current') : rt('sessions.currentEnded');
  return s.kind === 'journal' ? rt('sessions.journal') : rt('sessions.recording');
}

/** 场次: the current and past sessions (journals, recordings) — open one, or tick two to compare (直播PK). */
export function SessionsPanel({ viewing, lang, rt }: Props) {
  const { sessions, error } = useSessions(true);
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  const current = viewing ?? 'current';
  return (
    <section className="rv-panel rv-sessions" data-testid="review-sessions">
      <div className="rv-panel-head">
        <h2>{rt('sessions')}</h2>
        <span className="muted rv-hint">{rt('sessions.hint')}</span>
        <button
          type="button"
          className="primary sm"
          disabled={picked.length !== 2}
          data-testid="review-compare"
          onClick={() => { location.hash = compareHash(picked[0]!, picked[1]!); }}
        >
          {picked.length === 2 ? rt('sessions.compare') : rt('sessions.pickTwo', { n: 2 - picked.length })}
        </button>
      </div>
      {error ? <p className="rv-empty-line rv-warn rv-pad">{error}</p> : null}
      {sessions && sessions.length <= 1 ? <p className="muted rv-empty-line rv-pad">{rt('sessions.empty')}</p> : null}
      {sessions ? (
        <div className="rv-table-wrap">
          <table className="rv-table rv-stable">
            <thead>
              <tr>
                <th className="c-pick" />
                <th>{rt('sessions.col.name')}</th>
                <th>{rt('sessions.col.date')}</th>
                <th className="r">{rt('sessions.col.duration')}</th>
                <th className="r">{rt('sessions.col.gmv')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => {
                const on = s.id === current;
                return (
                  <tr key={s.id} className={on ? 'is-selected' : ''} data-testid="review-session" data-session-id={s.id} data-kind={s.kind} data-gmv={s.gmv} data-status={s.status ?? 'ready'}>
                    <td className="c-pick">
                      <input type="checkbox" aria-label={s.name} checked={picked.includes(s.id)} disabled={!!s.error} onChange={() => toggle(s.id)} data-testid="review-session-pick" />
                    </td>
                    <td className="c-sname">
                      <span className="ellipsis" title={s.name}>{s.name}</span>
                      <span className={`tag rv-skind kind-${s.kind}`}>{kindText(s, rt)}</span>
                      {s.error ? <span className="tag rv-soldout" title={s.error}>{rt('sessions.unreadable')}</span> : null}
                    </td>
                    <td className="num">{s.startedAt ? fmtDateTime(s.startedAt, lang) : '—'}</td>
                    <td className="r num">{s.error ? '—' : fmtSpan(s.durationMs, lang)}</td>
                    <td className="r num">
                      {s.error ? '—' : s.status === 'building' ? <span className="muted rv-building" data-testid="review-session-building">{rt('sessions.building')}</span> : fmtMoney(s.gmv, false, lang)}
                    </td>
                    <td className="r">
                      {on ? <span className="muted">{rt('sessions.viewing')}</span> : (
                        <a href={reportHash(s.kind === 'current' ? null : s.id)} className={s.error ? 'is-disabled' : ''} data-testid="review-session-open">{rt('sessions.open')}</a>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
