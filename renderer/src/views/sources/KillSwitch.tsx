import { useState } from 'react';
import { useT } from '../../i18n';
import { setKillSwitch } from '../../services/platformActions';
import { useKillSwitch } from '../../store/platformActions.slice';

/** The producer's kill switch on the sources page: 停止一切平台操作 / Stop all platform actions (the hub refuses every action while on). */
export function KillSwitch() {
  const t = useT();
  const killed = useKillSwitch();
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    await setKillSwitch(!killed);
    setBusy(false);
  };
  return (
    <div className="kill-switch" data-testid="kill-switch" data-on={killed}>
      <button className={killed ? 'sm' : 'sm danger'} disabled={busy} onClick={() => void toggle()} data-testid="kill-switch-toggle">
        {t(killed ? 'platform.kill.off' : 'platform.kill.on')}
      </button>
      <span className="muted">{t(killed ? 'platform.kill.stateOn' : 'platform.kill.stateOff')}</span>
    </div>
  );
}
