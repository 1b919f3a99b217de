import { useCallback, useMemo, useRef, useState } from 'react';
import { INTENTS, type CommentItem } from '../../../../shared/protocol';
import { VirtualList } from '../../components/VirtualList';
import { useT } from '../../i18n';
import { useServerNow } from '../../lib/useServerNow';
import { useThrottled } from '../../lib/useThrottled';
import { useCommentItems, useCommentTotal } from '../../store/comments.slice';
import { fmtInt } from '../../../../shared/text/numberFormat';
import { useLang } from '../../store/ui.slice';
import { commentViewActions, useCommentViewStore, useIntentFilter, useKeywords, useSelectedCommentId, useTopicFilter } from '../../store/commentView.slice';
import { useAnswered, usePushedIds } from '../../store/qa.slice';
import { useHotkeys } from '../../lib/useHotkeys';
import { answerSelected, pushSelected } from './actions';
import { CommentRow } from './CommentRow';
import { intentCounts } from './commentFilter';
import { commentRate, type RateSample } from './commentRate';
import { CommentSettings } from './CommentSettings';
import { commentKeymap } from './consoleKeys';
import { SelectedComment } from './SelectedComment';
import { PlatformActionsReply } from './PlatformActionsReply';
import { TopicGroups } from './TopicGroups';
import { moveSelection } from './selection';
import { useVisibleComments } from './useVisibleComments';

const ROW_H = 28;

/** ↑/↓ select (and pause), P push, A answered, Esc clear. */
function useCommentHotkeys(list: readonly CommentItem[]) {
  const move = (dir: -1 | 1) => {
    const next = moveSelection(list, useCommentViewStore.getState().selectedId, dir);
    if (next !== null) commentViewActions.select(next);
  };
  useHotkeys(commentKeymap({ move, clearSelection: () => commentViewActions.select(null), pushSelected, answerSelected }));
}

function IntentChips() {
  const t = useT();
  const active = useIntentFilter();
  const topic = useTopicFilter();
  const items = useThrottled(useCommentItems(), 1000);
  const counts = useMemo(() => intentCounts(items), [items]);
  return (
    <div className="chips" role="toolbar" data-testid="intent-chips">
      <button className={`chip ${active.length === 0 && !topic ? 'on' : ''}`} onClick={commentViewActions.clearIntents}>{t('comments.all')}</button>
      {INTENTS.map((i) => (
        <button
          key={i}
          className={`chip chip-${i} ${active.includes(i) ? 'on' : ''}`}
          onClick={() => commentViewActions.toggleIntent(i)}
          data-testid={`chip-${i}`}
          aria-pressed={active.includes(i)}
        >
          {t(`intent.${i}`)} <span className="num muted">{counts.get(i) ?? 0}</span>
        </button>
      ))}
    </div>
  );
}

/** Comments per minute as received (not limited by the client buffer). */
function Rate() {
  const t = useT();
  const total = useCommentTotal();
  const lang = useLang();
  const now = useServerNow(1000);
  const samples = useRef<RateSample[]>([]);
  // One sample per tick of `now` (1 Hz); idempotent if React renders twice.
  const rate = commentRate(samples.current, now, total);
  return <span className="muted num" title={t('comments.rate')}>{rate === null ? '–' : fmtInt(rate, true, lang)} {t('comments.rate')}</span>;
}

/** The live comment panel: virtualised, filterable, pausable, keyboard-selectable. */
export function CommentPanel() {
  const t = useT();
  const { list, paused, newCount } = useVisibleComments();
  const selectedId = useSelectedCommentId();
  const keywords = useKeywords();
  const answered = useAnswered();
  const pushed = usePushedIds();
  const [settings, setSettings] = useState(false);
  useCommentHotkeys(list);
  const selectedIndex = useMemo(() => (selectedId ? list.findIndex((c) => c.id === selectedId) : -1), [list, selectedId]);

  const renderRow = useCallback(
    (c: CommentItem) => (
      <CommentRow c={c} selected={c.id === selectedId} answered={answered.has(c.id)} pushed={pushed.has(c.id)} keywords={keywords} />
    ),
    [selectedId, answered, pushed, keywords],
  );

  return (
    <section className="panel comments" data-testid="comment-panel">
      <div className="panel-head">
        <span className="panel-title">{t('comments.title')}</span>
        <Rate />
        {paused ? <span className="paused-pill">❚❚ {t('comments.paused')}</span> : null}
        <span className="spacer" />
        <button className={`ghost sm ${settings ? 'on' : ''}`} onClick={() => setSettings((v) => !v)} aria-expanded={settings}>
          {t('comments.keywords')} / {t('comments.blocked')}
        </button>
      </div>
      {settings ? <CommentSettings /> : null}
      <IntentChips />
      <TopicGroups />
      <div className="clist-wrap">
        <VirtualList
          items={list}
          rowHeight={ROW_H}
          getKey={(c) => c.id}
          renderRow={renderRow}
          follow={!paused}
          ensureVisible={selectedIndex >= 0 ? selectedIndex : null}
          className="clist"
          empty={<span className="muted">{t('comments.empty')}</span>}
          onPointerEnter={() => commentViewActions.setHovered(true)}
          onPointerLeave={() => commentViewActions.setHovered(false)}
          testId="comment-list"
        />
        {paused && newCount > 0 ? (
          <button
            className="new-marker"
            data-testid="new-comments"
            onClick={() => { commentViewActions.select(null); commentViewActions.setHovered(false); }}
          >
            ↓ {t('comments.newCount', { n: newCount > 999 ? '999+' : newCount })}
          </button>
        ) : null}
      </div>
      <SelectedComment list={list} />
      <PlatformActionsReply />
    </section>
  );
}
