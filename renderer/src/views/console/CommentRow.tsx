import { memo } from 'react';
import type { CommentItem } from '../../../../shared/protocol';
import { Highlight } from '../../components/Highlight';
import { useT } from '../../i18n';
import { fmtTime } from '../../lib/format';
import { commentViewActions } from '../../store/commentView.slice';
import { answerComment, pushComment } from './actions';

interface Props {
  c: CommentItem;
  selected: boolean;
  answered: boolean;
  pushed: boolean;
  keywords: readonly string[];
}

/** One comment line: time, intent, nickname, text (untrusted: text nodes inside <bdi>). */
export const CommentRow = memo(function CommentRow({ c, selected, answered, pushed, keywords }: Props) {
  const t = useT();
  const isQuestion = c.intent === 'question';
  return (
    <div
      className={`crow intent-${c.intent} ${selected ? 'is-selected' : ''} ${answered ? 'is-answered' : ''}`}
      data-testid="comment-item"
      data-intent={c.intent}
      data-topic={c.topic ?? undefined}
      data-id={c.id}
      data-pushed={pushed}
      data-answered={answered}
      onClick={() => commentViewActions.select(selected ? null : c.id)}
      title={c.text}
    >
      <span className="ctime num">{fmtTime(c.ts)}</span>
      <span className={`ctag ctag-${c.intent}`}>{c.topic && isQuestion ? t(`topic.${c.topic}`) : t(`intent.${c.intent}`)}</span>
      <bdi className="cnick ellipsis ugc">{c.nickname}</bdi>
      <bdi className="ctext ellipsis ugc"><Highlight text={c.text} words={keywords} /></bdi>
      <span className="cstate">
        {answered ? <span className="ok" title={t('comments.answered')}>✓</span> : pushed ? <span className="accent" title={t('comments.pushed')}>↗</span> : null}
      </span>
      <span className="cactions">
        {!pushed ? (
          <button className="sm" onClick={(e) => { e.stopPropagation(); void pushComment(c.id); }} title={t('comments.push')}>↗ {t('nav.prompter')}</button>
        ) : null}
        {!answered && isQuestion ? (
          <button className="sm" onClick={(e) => { e.stopPropagation(); void answerComment(c.id); }} title={t('comments.answer')}>✓</button>
        ) : null}
      </span>
    </div>
  );
});
