import { useState } from 'react';
import { liveTimings, type LiveTimings } from '../../../../shared/protocol';
import { useT, type MsgKey } from '../../i18n';
import { runCommand } from '../../services/hubClient';
import { useSettingsStore } from '../../store/settings.slice';

/** The room's live timings as the form shows them (seconds and minutes), and back. */
const FIELDS: { key: keyof LiveTimings; label: MsgKey; unit: number; step: number }[] = [
  { key: 'repeatWindowMs', label: 'timings.repeatWindow', unit: 1000, step: 0.5 },
  { key: 'undoWindowMs', label: 'timings.undoWindow', unit: 1000, step: 1 },
  { key: 'cueExpiryMin', label: 'timings.cueExpiry', unit: 1, step: 0.5 },
];

/** Repeat guard, undo window and cue expiry (command settings.live); the hub validates the ranges. */
export function LiveTimingsForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const current = liveTimings(useSettingsStore((s) => s.settings));
  const [draft, setDraft] = useState<Record<keyof LiveTimings, string>>(() => ({
    repeatWindowMs: String(current.repeatWindowMs / 1000), undoWindowMs: String(current.undoWindowMs / 1000), cueExpiryMin: String(current.cueExpiryMin),
  }));
  return (
    <form
      className="thresholds"
      data-testid="live-timings"
      onSubmit={async (e) => {
        e.preventDefault();
        const timings: Partial<LiveTimings> = {};
        for (const f of FIELDS) {
          const v = Number(draft[f.key]);
          if (Number.isFinite(v) && Math.round(v * f.unit) !== current[f.key]) timings[f.key] = f.unit === 1 ? v : Math.round(v * f.unit);
        }
        if (Object.keys(timings).length) await runCommand({ type: 'settings.live', timings });
        onDone();
      }}
    >
      {FIELDS.map((f) => (
        <label key={f.key}>
          <span>{t(f.label)}</span>
          <input type="number" step={f.step} min={0} value={draft[f.key]} onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))} data-testid={`timing-${f.key}`} />
        </label>
      ))}
      <button type="submit" className="sm primary">{t('common.save')}</button>
    </form>
  );
}
