import { change } from '../lib/format';

interface Props {
  now: number;
  prev: number | null | undefined;
  upIsGood?: boolean;
  title?: string;
}

/** ▲/▼ with the relative change; colour says good (green) or bad (amber) for the room. */
export function ChangeBadge({ now, prev, upIsGood = true, title }: Props) {
  const c = change(now, prev, upIsGood);
  if (c.rel === null) return <span className="chg chg-flat" title={title}>—</span>;
  const glyph = c.dir === 'up' ? '▲' : c.dir === 'down' ? '▼' : '–';
  const pct = Math.abs(c.rel) >= 10 ? '>999%' : `${(Math.abs(c.rel) * 100).toFixed(Math.abs(c.rel) < 0.1 ? 1 : 0)}%`;
  return (
    <span className={`chg chg-${c.tone} num`} title={title} data-dir={c.dir}>
      {glyph} {c.dir === 'flat' ? '0%' : pct}
    </span>
  );
}
