import { useOt } from '../../i18n/overlay';
import { useOverlayQuestion } from './overlay.slice';

/**
 * `#/overlay/lower-third`: a lower-third bar of the last comment the assistant pushed (the room's
 * only "highlighted comment" datum is the pushed question), until it is marked answered.
 */
export function LowerThirdOverlay() {
  const ot = useOt();
  const q = useOverlayQuestion();
  if (!q) return null;
  return (
    <section key={q.commentId} className="ov-lt ov-enter" data-testid="overlay-lower-third" data-comment-id={q.commentId}>
      <div className="ov-lt-tab">
        <span className="ov-lt-label">{ot('question.label')}</span>
        <bdi className="ov-lt-nick">{q.nickname}</bdi>
      </div>
      <div className="ov-lt-body" data-testid="overlay-lower-third-text"><bdi>{q.text}</bdi></div>
    </section>
  );
}
