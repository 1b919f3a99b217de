import type { CommentItem } from '../../../../shared/protocol';
import { useT } from '../../i18n';
import { useKeywords, useSelectedCommentId } from '../../store/commentView.slice';
import { useAnswered, usePushedIds } from '../../store/qa.slice';
import { Highlight } from '../../components/Highlight';
import { answerComment, pushComment } from './actions';
import { QuickReplies } from './QuickReplies';

/** Footer: the selected comment in full with its actions (P push, A answered). */
export function SelectedComment({ list }: { list: readonly CommentItem[] }) {
  const t = useT();
  const id = useSelectedCommentId();
  const keywords = useKeywords();
  const answered = useAnswered();
  const pushed = usePushedIds();
  const c = id ? list.find((x) => x.id === id) : undefined;
  if (!c) {
    return (
      <div className="csel csel-empty muted">
        <kbd>↑</kbd><kbd>↓</kbd> {t('hotkeys.select')} · <kbd>P</kbd> {t('comments.push')} · <kbd>?</kbd>
      </div>
    );
  }
  return (
    <>
    <QuickReplies comment={c} />
    <div className="csel" data-testid="selected-comment" data-comment-id={c.id}>
      <div className="csel-text">
        <bdi className="cnick ugc">{c.nickname}</bdi>：<bdi className="ugc"><Highlight text={c.text} words={keywords} /></bdi>
      </div>
      <div className="csel-actions">
        <button className="sm primary" disabled={pushed.has(c.id)} onClick={() => void pushComment(c.id)} data-testid="push-selected">
          {pushed.has(c.id) ? t('comments.pushed') : t('comments.push')} <kbd>P</kbd>
        </button>
        <button className="sm" disabled={answered.has(c.id)} onClick={() => void answerComment(c.id)}>
          {answered.has(c.id) ? t('comments.answered') : t('comments.answer')} <kbd>A</kbd>
        </button>
      </div>
    </div>
    </>
  );
}
