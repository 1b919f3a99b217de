import { useMemo } from 'react';
import type { ReviewReport } from '../../../../shared/protocol/review';
import { fmtInt, fmtPct } from '../../../../shared/text/numberFormat';
import type { Lang } from '../../store/ui.slice';
import { rtOf, type RtFn } from '../../i18n/review';
import { shortName } from './reviewFormat';
import { complaints, intentMix, questionGroups } from './voice';

interface Props {
  report: ReviewReport;
  productId: string | null;
  lang: Lang;
  rt: RtFn;
}

function useNames(report: ReviewReport) {
  return useMemo(() => new Map(report.products.map((p) => [p.productId, shortName(p.name)])), [report.products]);
}

function Questions({ report, productId, lang, rt }: Props) {
  const groups = useMemo(() => questionGroups(report, productId), [report, productId]);
  const names = useNames(report);
  const maxTotal = Math.max(1, ...groups.map((g) => g.total));
  return (
    <section className="rv-voice-col rv-questions">
      <h3 className="rv-sub">{rt('questions')} <span className="muted">{rt('questionsHint')}</span></h3>
      {groups.length === 0 ? <div className="rv-empty-line muted">{rt('noQuestions')}</div> : (
        <div className="rv-qgroups">
          {groups.map((g) => (
            <div key={g.topic} className="rv-qgroup" data-topic={g.topic}>
              <div className="rv-qgroup-head">
                <span className="rv-qgroup-name">{rtOf(rt, 'topic', g.topic)}</span>
                <span className="rv-track"><i style={{ width: `${(g.total / maxTotal) * 100}%` }} /></span>
                <b className="num">{fmtInt(g.total, false, lang)}</b>
              </div>
              {g.items.length ? (
                <ul className="rv-quotes">
                  {g.items.map((q) => (
                    <li key={`${q.text}|${q.productId ?? ''}`} data-testid="review-question" data-topic={g.topic} data-count={q.count}>
                      <span className="ugc rv-quote-text" title={q.text}>{q.text}</span>
                      {productId === null && q.productId ? <span className="rv-quote-prod muted ellipsis">{names.get(q.productId) ?? q.productId}</span> : null}
                      <span className="rv-count num">{rt('times', { n: q.count })}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function Complaints({ report, productId, rt }: Props) {
  const list = useMemo(() => complaints(report, productId), [report, productId]);
  const names = useNames(report);
  const max = list[0]?.count ?? 1;
  return (
    <section className="rv-voice-col rv-complaints">
      <h3 className="rv-sub">{rt('complaints')}</h3>
      {list.length === 0 ? <div className="rv-empty-line muted">{rt('noComplaints')}</div> : (
        <ul className="rv-quotes">
          {list.map((c) => (
            <li key={`${c.text}|${c.productId ?? ''}`} data-testid="review-complaint" data-intent={c.intent}>
              <span className={`rv-itag itag-${c.intent}`}>{rtOf(rt, 'intent', c.intent)}</span>
              <span className="ugc rv-quote-text" title={c.text}>{c.text}</span>
              {productId === null && c.productId ? <span className="rv-quote-prod muted ellipsis">{names.get(c.productId) ?? c.productId}</span> : null}
              <span className="rv-track rv-track-sm"><i className={`itag-${c.intent}`} style={{ width: `${(c.count / max) * 100}%` }} /></span>
              <span className="rv-count num">{rt('times', { n: c.count })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IntentMix({ report, productId, lang, rt }: Props) {
  const mix = useMemo(() => intentMix(report, productId), [report, productId]);
  return (
    <section className="rv-voice-col rv-intents">
      <h3 className="rv-sub">{rt('intents')} <span className="muted num">{rt('comments', { n: fmtInt(mix.total, false, lang) })}</span></h3>
      {mix.total === 0 ? <div className="rv-empty-line muted">{rt('noComments')}</div> : (
        <>
          <div className="rv-mixbar" role="img" aria-label={rt('intents')}>
            {mix.parts.filter((p) => p.count > 0).map((p) => (
              <span key={p.intent} className={`itag-${p.intent}`} style={{ flexGrow: p.count }} title={`${rtOf(rt, 'intent', p.intent)} ${fmtInt(p.count, false, lang)} (${fmtPct(p.share, 1)})`} />
            ))}
          </div>
          <ul className="rv-mixlegend">
            {mix.parts.map((p) => (
              <li key={p.intent} className={p.count ? '' : 'is-zero'}>
                <i className={`rv-swatch itag-${p.intent}`} />
                <span>{rtOf(rt, 'intent', p.intent)}</span>
                <span className="num">{fmtInt(p.count, false, lang)}</span>
                <span className="num muted">{fmtPct(p.share, 0)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** 观众声音: repeated questions by topic, complaints and refund talk, the room's intent mix. */
export function ViewerVoice(props: Props) {
  return (
    <div className="rv-voice">
      <Questions {...props} />
      <Complaints {...props} />
      <IntentMix {...props} />
    </div>
  );
}
