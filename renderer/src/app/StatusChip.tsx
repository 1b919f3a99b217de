import { useEffect, useRef, useState } from 'react';

/**
 * A status-bar badge: a dot and a few words; what it means and what to do on hover (title) or on
 * tap (a popover, for touch screens). The popover opens towards the middle of the window, so a
 * badge on the left of a wrapped status bar (tablets) keeps it on screen.
 */
export function StatusChip({ short, lines, className, testId, data }: {
  short: string; lines: string[]; className: string; testId: string; data?: Record<`data-${string}`, string | number | undefined>;
}) {
  const [open, setOpen] = useState<'left' | 'right' | null>(null);
  const ref = useRef<HTMLButtonElement>(null);
  // A turned tablet or resized window: the side chosen may no longer fit; tap again to reopen.
  useEffect(() => {
    if (!open) return;
    const close = () => setOpen(null);
    window.addEventListener('resize', close);
    return () => window.removeEventListener('resize', close);
  }, [open]);
  const toggle = () => {
    if (open) { setOpen(null); return; }
    const r = ref.current?.getBoundingClientRect();
    setOpen(r && r.left + r.width / 2 < window.innerWidth / 2 ? 'left' : 'right');
  };
  return (
    <button
      ref={ref} type="button" className={`ghost sm sb-storage ${className}`} data-testid={testId} {...data}
      title={lines.join('\n')} aria-expanded={open !== null} onClick={toggle}
    >
      <span className="sb-dot" />
      <span>{short}</span>
      {open ? (
        <span className={`sb-pop sb-pop-${open}`} data-testid={`${testId}-detail`} role="status">
          {lines.map((l, i) => <span key={i} className={i ? 'muted' : ''}>{l}</span>)}
        </span>
      ) : null}
    </button>
  );
}
