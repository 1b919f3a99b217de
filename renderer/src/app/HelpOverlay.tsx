import { useT, type MsgKey } from '../i18n';
import { useHotkeys } from '../lib/useHotkeys';
import { uiActions, useHelpOpen } from '../store/ui.slice';

const CONSOLE_KEYS: [string[], MsgKey][] = [
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

/** The prompter's keys (prompterKeys.ts); presentation clickers send PageDown/PageUp. */
const PROMPTER_KEYS: [string[], MsgKey][] = [
  [['PgDn', 'PgUp'], 'hotkeys.nextSection'],
  [['Enter'], 'hotkeys.ackCue'],
  [['M'], 'hotkeys.mirror'],
  [['+', '−'], 'hotkeys.speed'],
  [['Esc'], 'hotkeys.escape'],
  [['?'], 'hotkeys.help'],
];

function Layer() {
  useHotkeys({ Escape: () => uiActions.setHelp(false), '?': () => uiActions.setHelp(false) }, true);
  return null;
}

/** The `?` overlay listing the keyboard shortcuts of the console or of the prompter. */
export function HelpOverlay({ keys = 'console' }: { keys?: 'console' | 'prompter' }) {
  const t = useT();
  const open = useHelpOpen();
  if (!open) return null;
  const list = keys === 'prompter' ? PROMPTER_KEYS : CONSOLE_KEYS;
  const title = keys === 'prompter' ? t('hotkeys.prompterTitle') : t('hotkeys.title');
  return (
    <div className={`overlay overlay-${keys}`} onClick={() => uiActions.setHelp(false)} data-testid="help-overlay" data-keys={keys}>
      <Layer />
      <div className="overlay-card" role="dialog" aria-label={title} onClick={(e) => e.stopPropagation()}>
        <div className="overlay-head">
          <b>{title}</b>
          <button className="ghost sm" onClick={() => uiActions.setHelp(false)}>{t('hotkeys.close')}</button>
        </div>
        <table className="keys">
          <tbody>
            {list.map(([combo, label]) => (
              <tr key={label}>
                <td>{combo.map((k) => <kbd key={k}>{k}</kbd>)}</td>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
