import type { ReactNode } from 'react';
import type { Finding } from '../../../../shared/domain/compliance';

/** Script text with compliance-flagged spans marked (text nodes only; pre-wrap keeps line breaks). */
export function FlaggedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end > text.length) continue;
    if (f.start > at) out.push(text.slice(at, f.start));
    out.push(
      <span key={f.start} className={`flag flag-${f.severity}`} title={`${f.reason}${f.suggestion ? ` → ${f.suggestion}` : ''}`} data-rule={f.rule}>
        {text.slice(f.start, f.end)}
      </span>,
    );
    at = f.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
