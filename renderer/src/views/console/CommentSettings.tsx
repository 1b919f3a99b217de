import { useState } from 'react';
import { useT } from '../../i18n';
import { commentViewActions, useBlocked, useKeywords } from '../../store/commentView.slice';
import { parseWordList } from './wordList';

/** Highlight words and block list, saved per machine. */
export function CommentSettings() {
  const t = useT();
  const keywords = useKeywords();
  const blocked = useBlocked();
  const [kw, setKw] = useState(keywords.join('，'));
  const [bl, setBl] = useState(blocked.join('，'));
  return (
    <form
      className="csettings"
      onSubmit={(e) => {
        e.preventDefault();
        commentViewActions.setKeywords(parseWordList(kw));
        commentViewActions.setBlocked(parseWordList(bl));
      }}
    >
      <label>
        <span>{t('comments.keywords')}</span>
        <input type="text" value={kw} onChange={(e) => setKw(e.target.value)} placeholder={t('comments.keywordsHint')} data-testid="keywords-input" />
      </label>
      <label>
        <span>{t('comments.blocked')}</span>
        <input type="text" value={bl} onChange={(e) => setBl(e.target.value)} placeholder={t('comments.blockedHint')} data-testid="blocked-input" />
      </label>
      <button type="submit" className="sm primary">{t('common.save')}</button>
    </form>
  );
}
