import { useMemo } from 'react';
import { useT } from '../../i18n';
import { runCommand } from '../../services/hubClient';
import { usePushed } from '../../store/qa.slice';
import { openQuestions } from './hostLists';

/** Viewer questions the assistant pushed, newest first, until marked answered. */
export function PushedQuestions() {
  const t = useT();
  const pushed = usePushed();
  const open = useMemo(() => openQuestions(pushed), [pushed]);
  return (
    <section className="p-card p-questions" data-testid="prompter-questions">
      <h4>{t('prompter.questions')} {open.length ? <b className="num">{open.length}</b> : null}</h4>
      {open.length === 0 ? <div className="muted p-empty">{t('prompter.noQuestions')}</div> : null}
      <ul>
        {open.slice(0, 4).map((q) => (
          <li key={q.commentId} className="p-q" data-testid="prompter-question" data-comment-id={q.commentId}>
            <div className="p-q-text">
              {q.topic ? <span className="p-q-topic">{t(`topic.${q.topic}`)}</span> : null}
              <bdi className="ugc">{q.text}</bdi>
            </div>
            <div className="p-q-meta">
              <bdi className="ugc ellipsis">{q.nickname}</bdi>
              <button onClick={() => void runCommand({ type: 'comment.answer', commentId: q.commentId })} data-testid="question-answered">
                ✓ {t('comments.answered')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
