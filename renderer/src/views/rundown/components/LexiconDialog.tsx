import { useState } from 'react';
import { COMPLIANCE_CATEGORIES, type ComplianceCategory, type FindingSeverity } from '../../../../../shared/protocol/document';
import { complianceCategoryLabel } from '../../../i18n/domain';
import { useLang } from '../../../store/ui.slice';
import { useRT } from '../../../i18n/rundown';
import { selectionActions } from '../store/selection.slice';
import { showActions, useLexicon } from '../store/show.slice';
import { Dialog } from './Dialog';

/** The producer's own risky words and exceptions, stored in the document. */
export function LexiconDialog({ readOnly }: { readOnly: boolean }) {
  const t = useRT();
  const lang = useLang();
  const lex = useLexicon();
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState<ComplianceCategory>('custom');
  const [severity, setSeverity] = useState<FindingSeverity>('warning');
  const [suggestion, setSuggestion] = useState('');
  const [allow, setAllow] = useState('');
  const addTerm = () => {
    const w = term.trim();
    if (!w) return;
    showActions.editLexicon((l) => ({ ...l, terms: [...l.terms.filter((x) => x.term !== w), { term: w, category, severity, ...(suggestion.trim() ? { suggestion: suggestion.trim() } : {}) }] }));
    setTerm(''); setSuggestion('');
  };
  const addAllow = () => {
    const w = allow.trim();
    if (!w) return;
    showActions.editLexicon((l) => (l.allow.includes(w) ? l : { ...l, allow: [...l.allow, w] }));
    setAllow('');
  };
  const catLabel = (c: ComplianceCategory) => complianceCategoryLabel(lang, c);
  return (
    <Dialog title={t('lex.title')} onClose={selectionActions.close} wide testId="lexicon-dialog">
      <div className="muted small">{t('lex.note')}</div>
      <section className="dlg-sec">
        <div className="sec-head"><span>{t('lex.terms')}</span></div>
        {!readOnly ? (
          <form className="lex-add" onSubmit={(e) => { e.preventDefault(); addTerm(); }}>
            <input type="text" placeholder={t('lex.term')} aria-label={t('lex.term')} value={term} maxLength={50} onChange={(e) => setTerm(e.target.value)} data-testid="lex-term" />
            <select aria-label={t('lex.category')} value={category} onChange={(e) => setCategory(e.target.value as ComplianceCategory)}>
              {COMPLIANCE_CATEGORIES.map((c) => <option key={c} value={c}>{catLabel(c)}</option>)}
            </select>
            <select aria-label={t('lex.severity')} value={severity} onChange={(e) => setSeverity(e.target.value as FindingSeverity)}>
              <option value="error">{t('lex.error')}</option>
              <option value="warning">{t('lex.warning')}</option>
            </select>
            <input type="text" placeholder={t('lex.suggestion')} aria-label={t('lex.suggestion')} value={suggestion} maxLength={100} onChange={(e) => setSuggestion(e.target.value)} />
            <button type="submit" className="sm primary" data-testid="lex-add">{t('lex.add')}</button>
          </form>
        ) : null}
        <div className="chips">
          {lex.terms.map((x) => (
            <span key={x.term} className={`chip sev-${x.severity}`}>{x.term} <span className="muted">· {catLabel(x.category)}{x.suggestion ? ` → ${x.suggestion}` : ''}</span>
              {!readOnly ? <button className="ghost sm" aria-label={t('lex.remove')} onClick={() => showActions.editLexicon((l) => ({ ...l, terms: l.terms.filter((y) => y.term !== x.term) }))}>✕</button> : null}
            </span>
          ))}
        </div>
      </section>
      <section className="dlg-sec">
        <div className="sec-head"><span>{t('lex.allow')}</span></div>
        {!readOnly ? (
          <form className="lex-add" onSubmit={(e) => { e.preventDefault(); addAllow(); }}>
            <input type="text" placeholder={t('lex.term')} aria-label={t('lex.allow')} value={allow} maxLength={100} onChange={(e) => setAllow(e.target.value)} data-testid="lex-allow" />
            <button type="submit" className="sm primary">{t('lex.add')}</button>
          </form>
        ) : null}
        <div className="chips" data-testid="lex-allow-list">
          {lex.allow.map((a) => (
            <span key={a} className="chip">{a}
              {!readOnly ? <button className="ghost sm" aria-label={t('lex.remove')} onClick={() => showActions.editLexicon((l) => ({ ...l, allow: l.allow.filter((y) => y !== a) }))}>✕</button> : null}
            </span>
          ))}
        </div>
      </section>
    </Dialog>
  );
}
