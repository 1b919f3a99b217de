import { useState } from 'react';
import type { AlertThresholds } from '../../../../shared/protocol';
import { useT, type MsgKey } from '../../i18n';
import { runCommand } from '../../services/hubClient';
import { useAlertThresholds } from '../../store/settings.slice';
import { toastActions } from '../../store/toasts.slice';

type Key = keyof AlertThresholds;
/** Ratios are edited as percentages. */
const FIELDS: { key: Key; label: MsgKey; pct?: boolean; step: number }[] = [
  { key: 'viewerDrop', label: 'alerts.th.viewerDrop', pct: true, step: 1 },
  { key: 'refundRisk', label: 'alerts.th.refundRisk', pct: true, step: 1 },
  { key: 'stockLow', label: 'alerts.th.stockLow', step: 1 },
  { key: 'conversionGraceMin', label: 'alerts.th.conversionGraceMin', step: 0.5 },
  { key: 'overtimeCriticalSec', label: 'alerts.th.overtimeCriticalSec', step: 10 },
];

/** Live alert thresholds (command settings.alerts); the hub validates the ranges. */
export function ThresholdsForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const current = useAlertThresholds();
  const [draft, setDraft] = useState<Record<Key, string>>(() => {
    const out = {} as Record<Key, string>;
    for (const f of FIELDS) {
      const v = current?.[f.key];
      out[f.key] = v === undefined ? '' : String(f.pct ? Math.round(v * 1000) / 10 : v);
    }
    return out;
  });
  if (!current) return null;
  return (
    <form
      className="thresholds"
      onSubmit={async (e) => {
        e.preventDefault();
        const thresholds: Partial<AlertThresholds> = {};
        for (const f of FIELDS) {
          const n = Number(draft[f.key]);
          if (draft[f.key].trim() === '' || !Number.isFinite(n)) continue;
          const v = f.pct ? n / 100 : n;
          if (v !== current[f.key]) thresholds[f.key] = f.key === 'stockLow' || f.key === 'overtimeCriticalSec' ? Math.round(v) : v;
        }
        if (Object.keys(thresholds).length && (await runCommand({ type: 'settings.alerts', thresholds }))) {
          toastActions.show('info', t('alerts.th.saved'));
        }
        onDone();
      }}
    >
      {FIELDS.map((f) => (
        <label key={f.key}>
          <span>{t(f.label)}</span>
          <input
            type="number"
            step={f.step}
            min={0}
            value={draft[f.key]}
            onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
            data-testid={`threshold-${f.key}`}
          />
        </label>
      ))}
      <button type="submit" className="sm primary">{t('common.save')}</button>
    </form>
  );
}
