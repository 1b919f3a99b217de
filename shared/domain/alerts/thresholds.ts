import type { AlertThresholds } from '../../protocol/settings';

export const DEFAULT_THRESHOLDS: AlertThresholds = {
  viewerDrop: 0.2,
  stockLow: 10,
  conversionGraceMin: 3,
  overtimeCriticalSec: 120,
};
