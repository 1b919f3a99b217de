import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Finding } from '../../../../../shared/domain/compliance';
import { LimitCounter } from '../../../components/LimitCounter';
import { limitedValue } from '../../../lib/textLimit';
import { findingReason } from '../../../i18n/domain';
import { useLang } from '../../../store/ui.slice';

export interface LintTextareaProps {
  value: string;
  findings: readonly Finding[];
  onChange: (value: string) => void;
  label: string;
  testId: string;
  placeholder?: string;
  readOnly?: boolean;
  /** Select this span once (changes of `nonce` re-trigger). */
  focusSpan?: { start: number; end: number; nonce: number } | null;
  singleLine?: boolean;
  /** Length limit: a counter near it, and a note when a paste is cut. */
  maxLength?: number;
}

/** Text with the flagged spans wrapped in <mark>, mirroring the textarea's layout exactly. */
function highlight(text: string, findings: readonly Finding[]): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) out.push(text.slice(at, f.start));
    out.push(
      <mark key={`${f.start}-${f.rule}`} className={`lint-mark sev-${f.severity}`} data-testid="lint-mark" data-rule={f.rule} data-severity={f.severity}>
        {text.slice(f.start, f.end)}
      </mark>,
    );
    at = f.end;
  }
  out.push(text.slice(at));
  // A trailing newline needs a character after it to take up a line in the mirror.
  out.push('\u200b');
  return out;
}

/**
 * A textarea with a highlight layer behind it: the layer repeats the text (transparent) with
 * findings marked, the textarea on top has a transparent background, so underlines appear under
 * the producer's words as they type. The caret's finding is summarised under the field.
 */
export function LintTextarea(p: LintTextareaProps) {
  const ta = useRef<HTMLTextAreaElement>(null);
  const back = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const lang = useLang();
  const marks = useMemo(() => highlight(p.value, p.findings), [p.value, p.findings]);

  const fit = () => {
    const el = ta.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  };
  useLayoutEffect(fit, [p.value]);
  // Fit again when the width changes: a field mounted hidden (the list pane on a narrow screen) or a turned tablet.
  useEffect(() => {
    const el = ta.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => { if (el.clientWidth !== width) { width = el.clientWidth; fit(); } });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const el = ta.current;
    if (!el || !p.focusSpan) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(p.focusSpan.start, p.focusSpan.end);
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setCaret(p.focusSpan.start);
  }, [p.focusSpan?.nonce]);

  const here = caret === null ? undefined : p.findings.find((f) => caret >= f.start && caret <= f.end);
  const errors = p.findings.filter((f) => f.severity === 'error').length;

  return (
    <div className="lint-block">
      <div className="lint-label">
        <span>{p.label}</span>
        {p.findings.length > 0 ? (
          <span className={`lint-count ${errors ? 'sev-error' : 'sev-warning'}`}>{p.findings.length}</span>
        ) : null}
        {p.maxLength !== undefined ? <LimitCounter length={p.value.length} max={p.maxLength} /> : null}
      </div>
      <div className={`lint-field${p.singleLine ? ' single' : ''}`}>
        <div className="lint-backdrop" ref={back} aria-hidden="true">{marks}</div>
        <textarea
          ref={ta}
          data-testid={p.testId}
          aria-label={p.label}
          value={p.value}
          placeholder={p.placeholder}
          readOnly={p.readOnly}
          spellCheck={false}
          rows={p.singleLine ? 1 : 2}
          onChange={(e) => {
            const raw = p.singleLine ? e.target.value.replace(/\n/g, ' ') : e.target.value;
            p.onChange(p.maxLength !== undefined ? limitedValue(raw, p.maxLength) : raw);
            setCaret(e.target.selectionStart);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onScroll={(e) => { if (back.current) back.current.scrollTop = e.currentTarget.scrollTop; }}
          onBlur={() => setCaret(null)}
        />
      </div>
      {here ? (
        <div className={`lint-hint sev-${here.severity}`} data-testid="lint-hint">
          <b>「{here.text}」</b> {findingReason(lang, here)}
          {here.suggestion ? <span className="muted"> → {here.suggestion}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
