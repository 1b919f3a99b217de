import { useMemo } from 'react';
import { applySuggestion, slotText, type ShowFinding } from '../../../../../shared/domain/compliance';
import { useLang } from '../../../store/ui.slice';
import { complianceCategoryLabel, findingLegalBasis, findingReason, lintSectionLabel } from '../../../i18n/domain';
import { useRT } from '../../../i18n/rundown';
import { updateSlot } from '../model/showEdits';
import { useLintTook, useShowFindings } from '../store/lint.slice';
import { selectionActions, useFindingScope, useSelectedSlotId } from '../store/selection.slice';
import { showActions, useShowDoc } from '../store/show.slice';

/** Offset of a finding within its whole section text (findings carry line-relative offsets too). */
function absolute(text: string, f: ShowFinding): { start: number; end: number } {
  let off = 0;
  for (let l = 1; l < f.line; l++) off = text.indexOf('\n', off) + 1;
  return { start: off + f.lineStart, end: off + f.lineEnd };
}

function applyFix(f: ShowFinding) {
  showActions.editShow((show) => updateSlot(show, f.slotId, (s) => {
    const text = slotText(s, f.section);
    const span = absolute(text, f);
    if (text.slice(span.start, span.end) !== f.text) return s; // text changed meanwhile
    const next = applySuggestion(text, { ...span, suggestion: f.suggestion });
    return f.section === 'mechanism' ? { ...s, mechanism: next } : { ...s, talkingPoints: { ...s.talkingPoints, [f.section]: next } };
  }));
}

function allow(term: string) {
  showActions.editLexicon((lex) => (lex.allow.includes(term) ? lex : { ...lex, allow: [...lex.allow, term] }));
}

/** Findings of the selected slot or the whole show, with reason, basis and one-click fixes. */
export function FindingsPanel({ readOnly }: { readOnly: boolean }) {
  const t = useRT();
  const lang = useLang();
  const scope = useFindingScope();
  const selected = useSelectedSlotId();
  const all = useShowFindings();
  const took = useLintTook();
  const show = useShowDoc();
  const findings = useMemo(() => (scope === 'all' ? all : all.filter((f) => f.slotId === selected)), [all, scope, selected]);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const names = useMemo(() => new Map(show.products.map((p) => [p.id, p.name] as const)), [show.products]);

  return (
    <aside className="findings" data-testid="findings-panel" data-errors={errors}>
      <div className="panel-head">
        <span className="panel-title" title={`lint ${took.toFixed(1)} ms`}>{t('f.title')}</span>
        <div className="seg">
          <button className={scope === 'slot' ? 'on' : ''} onClick={() => selectionActions.setScope('slot')}>{t('f.scopeSlot')}</button>
          <button className={scope === 'all' ? 'on' : ''} data-testid="findings-scope-all" onClick={() => selectionActions.setScope('all')}>{t('f.scopeAll')}</button>
        </div>
      </div>
      <div className="findings-sum">
        <span className={errors ? 'danger-text' : 'muted'}>{t('f.errors', { n: errors })}</span>
        <span className={findings.length - errors ? 'warn-text' : 'muted'}>{t('f.warnings', { n: findings.length - errors })}</span>
      </div>
      <div className="findings-list">
        {findings.length === 0 ? <div className="empty">{t('f.none')}</div> : null}
        {findings.map((f, i) => {
          const slot = show.slots[f.slotIndex];
          // The statistical pass (rule `suspect`) flags a clause to review; it has no rewrite to apply.
          const hint = f.rule === 'suspect';
          return (
            <article key={`${f.slotId}-${f.section}-${f.line}-${f.lineStart}-${i}`} className={`finding sev-${f.severity}`} data-testid="finding-item" data-rule={f.rule}>
              <div className="finding-top">
                <span className={`sev-dot sev-${f.severity}`} />
                <b className="finding-text">「{f.text}」</b>
                <span className="finding-cat">{complianceCategoryLabel(lang, f.category)}</span>
              </div>
              <div className="finding-where muted small">
                {scope === 'all' ? `${f.slotIndex + 1}. ${names.get(slot?.productId ?? '') ?? ''} · ` : ''}
                {lintSectionLabel(lang, f.section)} · {f.rule}
              </div>
              <div className="finding-reason">{findingReason(lang, f)}</div>
              <div className="finding-basis muted small">{t('f.basis')}{lang === 'en' ? ': ' : '：'}{findingLegalBasis(lang, f)}</div>
              <div className="finding-fix">
                <span className="small">{hint ? t('f.review') : f.suggestion ? <>{t('f.suggest')} <b>「{f.suggestion}」</b></> : t('f.delete')}</span>
                <span className="finding-actions">
                  <button className="sm" onClick={() => { const span = absolute(slot ? slotText(slot, f.section) : '', f); selectionActions.focusSpan(f.slotId, f.section, span.start, span.end); }}>{t('f.locate')}</button>
                  {!readOnly && !hint ? <button className="sm primary" data-testid="finding-apply" onClick={() => applyFix(f)}>{t('f.apply')}</button> : null}
                  {!readOnly ? <button className="sm" data-testid="finding-allow" onClick={() => allow(f.text.trim())}>{t('f.allow')}</button> : null}
                </span>
              </div>
            </article>
          );
        })}
      </div>
    </aside>
  );
}
