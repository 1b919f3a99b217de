import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useThrottled } from '../../lib/useThrottled';
import { copyText } from '../../services/clipboard';
import { useCommentItems } from '../../store/comments.slice';
import { commentViewActions, useTopicFilter } from '../../store/commentView.slice';
import { useAnswered, usePushedIds } from '../../store/qa.slice';
import { toastActions } from '../../store/toasts.slice';
import { groupOpenQuestions, type TopicKey } from './commentFilter';

/** Open questions grouped by topic, with counts; a click filters the list, 📋 copies a quick reply. */
export function TopicGroups() {
  const t = useT();
  const items = useThrottled(useCommentItems(), 1000);
  const answered = useAnswered();
  const pushed = usePushedIds();
  const active = useTopicFilter();
  const groups = useMemo(() => groupOpenQuestions(items, answered, pushed), [items, answered, pushed]);
  const total = groups.reduce((n, g) => n + g.count, 0);
  const copy = async (topic: TopicKey) => {
    if (await copyText(t(`reply.${topic}`))) toastActions.show('info', t('comments.copied'));
  };
  return (
    <div className="topics" data-testid="topic-groups">
      <span className="topics-title">{t('comments.openQuestions')} <b className="num">{total}</b></span>
      {groups.length === 0 ? <span className="muted">{t('comments.noQuestions')}</span> : null}
      {groups.map((g) => (
        <span key={g.topic} className={`topic ${active === g.topic ? 'on' : ''}`}>
          <button
            className="topic-btn"
            onClick={() => commentViewActions.setTopic(active === g.topic ? null : g.topic)}
            title={g.latest.text}
            data-testid={`topic-${g.topic}`}
          >
            {t(`topic.${g.topic}`)} <b className="num">{g.count}</b>
          </button>
          <button className="topic-copy" onClick={() => void copy(g.topic)} title={t('comments.copyReply')} aria-label={t('comments.copyReply')}>{t('comments.copyReplyShort')}</button>
        </span>
      ))}
    </div>
  );
}
