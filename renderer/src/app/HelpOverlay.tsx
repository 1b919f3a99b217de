import { useT, type MsgKey } from '../i18n';
import { useHotkeys } from '../lib/useHotkeys';
import { uiActions, useHelpOpen } from '../store/ui.slice';

const KEYS: [string[], MsgKey][] = [
  [['N'], 'hotkeys.takeNext'],
  [['S'], 'hotkeys.skip'],
  [['C'], 'hotkeys.fireCue'],
  [['↑', '↓'], 'hotkeys.select'],
  [['P'], 'hotkeys.push'],
  [['A'], 'hotkeys.answer'],
  [['O'], 'hotkeys.soldOut'],
  [['Esc'], 'hotkeys.escape'],
  [['?'], 'hotkeys.help'],
];

function Layer() {
  useHotkeys({ Escape: () => uiActions.setHelp(false), '?': () => uiActions.setHelp(false) }, true);
  return null;
}

/** The `?` overlay listing the console's keyboard shortcuts. */
export function HelpOverlay() {
  const t = useT();
  const open = useHelpOpen();
  if (!open) return null;
  return (
    <div className="overlay" onClick={() => uiActions.setHelp(false)} data-testid="help-overlay">
      <Layer />
      <div className="overlay-card" role="dialog" aria-label={t('hotkeys.title')} onClick={(e) => e.stopPropagation()}>
        <div className="overlay-head">
          <b>{t('hotkeys.title')}</b>
          <button className="ghost sm" onClick={() => uiActions.setHelp(false)}>{t('hotkeys.close')}</button>
        </div>
        <table className="keys">
          <tbody>
            {KEYS.map(([keys, label]) => (
              <tr key={label}>
                <td>{keys.map((k) => <kbd key={k}>{k}</kbd>)}</td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
