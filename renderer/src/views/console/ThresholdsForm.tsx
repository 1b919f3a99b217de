import { useState } from 'react';
import { useT } from '../../i18n';
import { runCommand } from '../../services/hubClient';
import { useAlertThresholds } from '../../store/settings.slice';
import { toastActions } from '../../store/toasts.slice';
import { changedThresholds, THRESHOLD_FIELDS, thresholdDraft, type ThresholdDraft } from './thresholds';

/** Live alert thresholds (command settings.alerts); the hub validates the ranges. */
export function ThresholdsForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const current = useAlertThresholds();
  const [draft, setDraft] = useState<ThresholdDraft>(() => thresholdDraft(current));
  if (!current) return null;
  return (
    <form
      className="thresholds"
      onSubmit={async (e) => {
        e.preventDefault();
        const thresholds = changedThresholds(draft, current);
        if (Object.keys(thresholds).length && (await runCommand({ type: 'settings.alerts', thresholds }))) {
          toastActions.show('info', t('alerts.th.saved'));
        }
        onDone();
      }}
    >
      {THRESHOLD_FIELDS.map((f) => (
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
