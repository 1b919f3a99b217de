import { useMemo } from 'react';
import { useT } from '../../i18n';
import { alertText } from '../../i18n/domain';
import { useServerNow } from '../../lib/useServerNow';
import { useAlerts } from '../../store/alerts.slice';
import { useLang } from '../../store/ui.slice';
import { criticalForHost } from './hostLists';

/** Critical alerts are mirrored to the host for a few minutes. */
export function CriticalBanner() {
  const t = useT();
  const lang = useLang();
  const alerts = useAlerts();
  const now = useServerNow(1000);
  const critical = useMemo(() => criticalForHost(alerts, now), [alerts, now]);
  if (critical.length === 0) return null;
  return (
    <div className="p-critical" role="alert" data-testid="prompter-alerts">
      {critical.map((a) => (
        <div key={a.id}><b>{t(`alert.${a.kind}`)}</b> {alertText(lang, a)}</div>
      ))}
    </div>
  );
}
