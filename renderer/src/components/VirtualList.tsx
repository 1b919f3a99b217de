import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Fixed-row-height virtual list: renders only the rows in view (plus overscan), so 2,000
 * comments cost the same as 30. With `follow` it sticks to the newest (last) row.
 */
export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  follow: boolean;
  /** Index to keep in view (keyboard selection). */
  ensureVisible?: number | null;
  overscan?: number;
  className?: string;
  empty?: ReactNode;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  testId?: string;
}

export function VirtualList<T>(p: VirtualListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(400);
  const raf = useRef(0);
  const overscan = p.overscan ?? 6;
  const total = p.items.length * p.rowHeight;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  const onScroll = useCallback(() => {
    if (raf.current) return;
    raf.current = requestAnimationFrame(() => {
      raf.current = 0;
      if (ref.current) setScrollTop(ref.current.scrollTop);
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(raf.current), []);

  // Stick to the newest row while following.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !p.follow) return;
    const bottom = Math.max(0, total - el.clientHeight);
    if (el.scrollTop !== bottom) el.scrollTop = bottom;
  }, [p.follow, total, height]);

  useLayoutEffect(() => {
    const el = ref.current;
    const i = p.ensureVisible;
    if (!el || i === null || i === undefined || i < 0) return;
    const top = i * p.rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + p.rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + p.rowHeight - el.clientHeight;
  }, [p.ensureVisible, p.rowHeight]);

  const top = p.follow ? Math.max(0, total - height) : scrollTop;
  const first = Math.max(0, Math.floor(top / p.rowHeight) - overscan);
  const last = Math.min(p.items.length, Math.ceil((top + height) / p.rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const item = p.items[i]!;
    rows.push(
      <div key={p.getKey(item)} className="vrow" style={{ transform: `translateY(${i * p.rowHeight}px)`, height: p.rowHeight }}>
        {p.renderRow(item, i)}
      </div>,
    );
  }

  return (
    <div
      ref={ref}
      className={`vlist ${p.className ?? ''}`}
      onScroll={onScroll}
      onPointerEnter={p.onPointerEnter}
      onPointerLeave={p.onPointerLeave}
      data-testid={p.testId}
    >
      <div className="vlist-inner" style={{ height: total }}>{rows}</div>
      {p.items.length === 0 && p.empty ? <div className="vlist-empty">{p.empty}</div> : null}
    </div>
  );
}
