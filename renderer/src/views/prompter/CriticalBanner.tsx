import { useMemo } from 'react';
import { useT } from '../../i18n';
import { useServerNow } from '../../lib/useServerNow';
import { useAlerts } from '../../store/alerts.slice';

/** Critical alerts are mirrored to the host for a few minutes. */
const SHOW_FOR_MS = 3 * 60_000;

export function CriticalBanner() {
  const t = useT();
  const alerts = useAlerts();
  const now = useServerNow(1000);
  const critical = useMemo(
    () => alerts.filter((a) => a.severity === 'critical' && now - a.at < SHOW_FOR_MS).sort((a, b) => b.at - a.at).slice(0, 2),
    [alerts, now],
  );
  if (critical.length === 0) return null;
  return (
    <div className="p-critical" role="alert" data-testid="prompter-alerts">
      {critical.map((a) => (
        <div key={a.id}><b>{t(`alert.${a.kind}`)}</b> {a.message}</div>
      ))}
    </div>
  );
}
