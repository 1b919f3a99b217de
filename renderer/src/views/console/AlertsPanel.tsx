import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { alertText } from '../../i18n/domain';
import { fmtTime } from '../../lib/format';
import { newestFirst, useAlerts } from '../../store/alerts.slice';
import { useProductsById } from '../../store/live.selectors';
import { useLang } from '../../store/ui.slice';
import { ThresholdsForm } from './ThresholdsForm';

/** Alerts from the hub, newest first, coloured by severity. */
export function AlertsPanel() {
  const t = useT();
  const lang = useLang();
  const alerts = useAlerts();
  const byId = useProductsById();
  const list = useMemo(() => newestFirst(alerts).slice(0, 50), [alerts]);
  const critical = list.filter((a) => a.severity === 'critical').length;
  const [editing, setEditing] = useState(false);
  return (
    <section className="panel alerts" data-testid="alerts-panel">
      <div className="panel-head">
        <span className="panel-title">{t('alerts.title')}</span>
        {critical ? <span className="count-pill danger num">{critical}</span> : null}
        <span className="muted num">{list.length || ''}</span>
        <span className="spacer" />
        <button className={`ghost sm ${editing ? 'on' : ''}`} onClick={() => setEditing((v) => !v)} aria-expanded={editing} data-testid="thresholds-toggle">
          {t('alerts.thresholds')}
        </button>
      </div>
      {editing ? <ThresholdsForm onDone={() => setEditing(false)} /> : null}
      <ul className="alert-list">
        {list.length === 0 ? <li className="muted empty-line">{t('alerts.none')}</li> : null}
        {list.map((a) => (
          <li key={a.id} className={`alert sev-${a.severity}`} data-testid="alert-item" data-kind={a.kind} data-severity={a.severity}>
            <span className="alert-kind">{t(`alert.${a.kind}`)}</span>
            <span className="alert-msg ellipsis" title={alertText(lang, a)}>
              {a.productId && byId.get(a.productId) ? <b>{byId.get(a.productId)!.name} · </b> : null}
              {alertText(lang, a)}
            </span>
            <span className="num muted">{fmtTime(a.at, false)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
