import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  testId?: string;
  /** Draw a divider above this item. */
  divided?: boolean;
}

/**
 * A button that opens a menu of actions, usable from the keyboard (WAI-ARIA menu button):
 * Enter, Space or ↓ open it on the first item, ↑ on the last; ↑/↓/Home/End move, Enter or Space
 * picks, Escape closes and gives focus back to the button, Tab closes. A click outside closes it.
 */
export function MenuButton({ label, ariaLabel, items, testId, className }: {
  label: string; ariaLabel?: string; items: MenuItem[]; testId?: string; className?: string;
}) {
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const focusAt = useRef<'first' | 'last' | null>(null);
  const menuId = useId();

  const menuItems = () => Array.from(wrap.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? []);

  useEffect(() => {
    if (!open) return;
    const list = menuItems();
    const at = focusAt.current;
    focusAt.current = null;
    if (at) (at === 'last' ? list[list.length - 1] : list[0])?.focus();
    const off = (e: MouseEvent) => { if (!wrap.current?.contains(e.target as Node)) setOpen(false); };
    window.addEventListener('mousedown', off);
    return () => window.removeEventListener('mousedown', off);
  }, [open]);

  const show = (at: 'first' | 'last' | 'none') => {
    if (at === 'none') { setOpen(true); return; }
    if (open) { const list = menuItems(); (at === 'last' ? list[list.length - 1] : list[0])?.focus(); return; }
    focusAt.current = at;
    setOpen(true);
  };
  const close = (refocus: boolean) => { setOpen(false); if (refocus) button.current?.focus(); };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); show('first'); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); show('last'); }
    else if (e.key === 'Escape' && open) { e.preventDefault(); close(true); }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = menuItems();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => { e.preventDefault(); list[(n + list.length) % list.length]?.focus(); };
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i < 0 ? list.length - 1 : i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); close(true); }
    else if (e.key === 'Tab') setOpen(false);
  };

  const pick = (item: MenuItem) => { close(true); item.onSelect(); };

  return (
    <div className={`menu${className ? ` ${className}` : ''}`} ref={wrap}>
      <button
        ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel} data-testid={testId}
        // Enter and Space click the button; a click from the keyboard (detail 0) lands on the first item.
        onClick={(e) => (open ? close(false) : show(e.detail === 0 ? 'first' : 'none'))} onKeyDown={onButtonKey}
      >
        {label} ▾
      </button>
      {open ? (
        <div className="menu-pop" role="menu" id={menuId} aria-label={ariaLabel ?? label} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.key} type="button" role="menuitem" tabIndex={-1} disabled={item.disabled} data-testid={item.testId}
              className={item.divided ? 'menu-divided' : undefined} onClick={() => pick(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
