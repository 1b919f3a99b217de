import { useT } from '../i18n';
import { useConnStatus, useHubDown } from '../store/connection.slice';
import { uiActions } from '../store/ui.slice';

/**
 * The prompter's corner (the host view has no status bar): a small connection dot, the `?` help
 * and a button that brings the navigation back for the operator.
 */
export function HostCorner({ navShown, onToggleNav }: { navShown: boolean; onToggleNav: () => void }) {
  const t = useT();
  const status = useConnStatus();
  const down = useHubDown();
  const label = down && status === 'connected' ? t('conn.reconnecting') : t(`conn.${status}`);
  return (
    <div className="host-corner" data-testid="host-corner">
      <span className={`host-dot ${down ? 'is-down' : 'is-up'}`} data-testid="host-conn-dot" data-status={status} title={label} aria-label={label} role="status" />
      <button className="ghost host-btn" onClick={uiActions.toggleHelp} title={t('hotkeys.prompterTitle')} aria-label={t('hotkeys.prompterTitle')} data-testid="prompter-help">?</button>
      <button className={`ghost host-btn ${navShown ? 'on' : ''}`} onClick={onToggleNav} title={t('hotkeys.showNav')} aria-label={t('hotkeys.showNav')} aria-pressed={navShown} data-testid="toggle-nav">☰</button>
    </div>
  );
}
