import { useId } from 'react';
import { sparkGeometry } from '../lib/sparkline';

interface Props {
  values: readonly number[];
  width?: number;
  height?: number;
  tone?: 'accent' | 'good' | 'warn' | 'danger';
  label?: string;
}

/** A small SVG trend line with a soft area fill and a dot on the latest value. */
export function Sparkline({ values, width = 120, height = 32, tone = 'accent', label }: Props) {
  const gid = useId();
  const g = sparkGeometry(values, width, height);
  return (
    <svg className={`spark spark-${tone}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      {g ? (
        <>
          <defs>
            <linearGradient id={gid} x1="0" x2="0" y1="0" y2="1">
              <stop offset="0%" className="spark-stop-a" />
              <stop offset="100%" className="spark-stop-b" />
            </linearGradient>
          </defs>
          <path d={g.area} fill={`url(#${gid})`} />
          <polyline points={g.line} className="spark-line" />
          <circle cx={g.lastX} cy={g.lastY} r={2.2} className="spark-dot" />
        </>
      ) : (
        <line x1={2} x2={width - 2} y1={height - 3} y2={height - 3} className="spark-empty" />
      )}
    </svg>
  );
}
