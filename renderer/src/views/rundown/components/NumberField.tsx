import { useEffect, useState } from 'react';

/**
 * A text input for numbers that keeps what the producer types until it parses (so "12." or an
 * empty field are not fought), committing parsed values only.
 */
export function NumberField(p: {
  value: number | undefined;
  format: (v: number) => string;
  parse: (s: string) => number | null;
  onCommit: (v: number | undefined) => void;
  allowEmpty?: boolean;
  placeholder?: string;
  testId?: string;
  label: string;
  width?: number;
  readOnly?: boolean;
}) {
  const shown = p.value === undefined ? '' : p.format(p.value);
  const [text, setText] = useState(shown);
  const [bad, setBad] = useState(false);
  useEffect(() => { setText(shown); setBad(false); }, [shown]);
  return (
    <input
      type="text"
      inputMode="decimal"
      className={`num${bad ? ' bad' : ''}`}
      aria-label={p.label}
      data-testid={p.testId}
      value={text}
      placeholder={p.placeholder}
      readOnly={p.readOnly}
      style={p.width ? { width: p.width } : undefined}
      onChange={(e) => {
        const s = e.target.value;
        setText(s);
        if (s.trim() === '' && p.allowEmpty) { setBad(false); p.onCommit(undefined); return; }
        const v = p.parse(s);
        setBad(v === null);
        if (v !== null) p.onCommit(v);
      }}
      onBlur={() => { setText(shown); setBad(false); }}
    />
  );
}
