import { useEffect, useRef, type ReactNode } from 'react';

/** Modal card on the app's overlay; Escape or the backdrop closes it. */
export function Dialog({ title, onClose, children, wide, testId }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; testId?: string }) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const prev = document.activeElement as HTMLElement | null;
    card.current?.querySelector<HTMLElement>('input, select, button.primary, button')?.focus();
    return () => prev?.focus?.();
  }, []);
  return (
    <div className="overlay" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <div ref={card} className={`overlay-card rd-dialog${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} data-testid={testId}>
        <div className="overlay-head">
          <b>{title}</b>
          <button className="ghost sm" aria-label="close" onClick={onClose}>✕</button>
        </div>
        {children}
      </div>
    </div>
  );
}
