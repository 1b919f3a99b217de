import { useT } from '../../i18n';
import { bridge } from '../../services/bridge';

/** Opens the isolated Douyin console window (desktop app); in a browser, says how to connect with the CLI. */
export function DouyinConsoleOpen() {
  const t = useT();
  const open = bridge()?.openDouyinConsole;
  return (
    <div className="douyin-open" data-testid="douyin-open">
      {typeof open === 'function' ? (
        <>
          <button className="sm" onClick={() => void open({ console: 'buyin' })}>{t('platform.open.buyin')}</button>
          <button className="sm" onClick={() => void open({ console: 'compass' })}>{t('platform.open.compass')}</button>
        </>
      ) : <span className="muted">{t('platform.open.cli')}</span>}
    </div>
  );
}
