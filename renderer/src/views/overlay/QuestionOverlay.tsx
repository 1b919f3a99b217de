import { useT } from '../../i18n';
import { useOt } from '../../i18n/overlay';
import { useOverlayQuestion } from './overlay.slice';

/** `#/overlay/question`: the viewer question the assistant pushed (the newest still open); nothing when none. */
export function QuestionOverlay() {
  const t = useT();
  const ot = useOt();
  const q = useOverlayQuestion();
  if (!q) return null;
  return (
    <section key={q.commentId} className="ov-card ov-question ov-enter" data-testid="overlay-question" data-comment-id={q.commentId}>
      <header className="ov-q-head">
        <span className="ov-chip ov-chip-accent">{ot('question.label')}</span>
        {q.topic ? <span className="ov-chip">{t(`topic.${q.topic}`)}</span> : null}
      </header>
      <p className="ov-q-text" data-testid="overlay-question-text"><bdi>{q.text}</bdi></p>
      <div className="ov-q-nick"><bdi>{q.nickname}</bdi></div>
    </section>
  );
}
