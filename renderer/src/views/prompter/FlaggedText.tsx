import type { Finding } from '../../../../shared/domain/compliance';
import { findingReason } from '../../i18n/domain';
import { useLang } from '../../store/ui.slice';
import { flagSpans } from './flagSpans';

/** Script text with compliance-flagged spans marked (text nodes only; pre-wrap keeps line breaks). */
export function FlaggedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const lang = useLang();
  return (
    <>
      {flagSpans(text, findings).map((p) => {
        const f = p.finding;
        if (!f) return p.text;
        return (
          <span key={f.start} className={`flag flag-${f.severity}`} title={`${findingReason(lang, f)}${f.suggestion && f.rule !== 'suspect' ? ` → ${f.suggestion}` : ''}`} data-rule={f.rule}>
            {p.text}
          </span>
        );
      })}
    </>
  );
}
