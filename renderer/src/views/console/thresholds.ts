import type { AlertThresholds } from '../../../../shared/protocol';
import type { MsgKey } from '../../i18n';

/** The alert-threshold form's fields; ratios are edited as percentages. */
export type ThresholdKey = keyof AlertThresholds;
export interface ThresholdField {
  key: ThresholdKey;
  label: MsgKey;
  pct?: boolean;
  step: number;
}

export const THRESHOLD_FIELDS: readonly ThresholdField[] = [
  { key: 'viewerDrop', label: 'alerts.th.viewerDrop', pct: true, step: 1 },
  { key: 'stockLow', label: 'alerts.th.stockLow', step: 1 },
  { key: 'conversionGraceMin', label: 'alerts.th.conversionGraceMin', step: 0.5 },
  { key: 'overtimeCriticalSec', label: 'alerts.th.overtimeCriticalSec', step: 10 },
];

const INTEGER_KEYS: readonly ThresholdKey[] = ['stockLow', 'overtimeCriticalSec'];

export type ThresholdDraft = Record<ThresholdKey, string>;

/** The form's text values for the current thresholds: 0.3 → "30" for percentages (one decimal). */
export function thresholdDraft(current: AlertThresholds | null): ThresholdDraft {
  const out = {} as ThresholdDraft;
  for (const f of THRESHOLD_FIELDS) {
    const v = current?.[f.key];
    out[f.key] = v === undefined ? '' : String(f.pct ? Math.round(v * 1000) / 10 : v);
  }
  return out;
}

/**
 * The thresholds the form changes: blank or non-numeric fields are left alone, percentages go
 * back to ratios, counts and seconds are rounded, unchanged values are not sent.
 */
export function changedThresholds(draft: ThresholdDraft, current: AlertThresholds): Partial<AlertThresholds> {
  const out: Partial<AlertThresholds> = {};
  for (const f of THRESHOLD_FIELDS) {
    const n = Number(draft[f.key]);
    if (draft[f.key].trim() === '' || !Number.isFinite(n)) continue;
    const v = f.pct ? n / 100 : n;
    if (v !== current[f.key]) out[f.key] = INTEGER_KEYS.includes(f.key) ? Math.round(v) : v;
  }
  return out;
}
