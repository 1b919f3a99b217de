import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/alerts/thresholds';
import { Command } from '../../../shared/protocol/commands';
import { RoomSettings } from '../../../shared/protocol/settings';

/**
 * The absolute `refundRisk` alert threshold is gone (alerts follow the band against the category
 * norm). Settings stored before — in journals, checkpoints, and commands from older clients —
 * still parse; the old key is dropped, nothing else changes.
 */
describe('settings without the refundRisk threshold', () => {
  it('reads stored settings that still carry it, and drops it', () => {
    const stored = { alertThresholds: { ...DEFAULT_THRESHOLDS, refundRisk: 0.35 }, liveTimings: { repeatWindowMs: 1500, undoWindowMs: 10_000, cueExpiryMin: 5 } };
    const parsed = RoomSettings.parse(stored);
    expect(parsed.alertThresholds).toEqual(DEFAULT_THRESHOLDS);
    expect('refundRisk' in parsed.alertThresholds).toBe(false);
  });

  it('accepts a settings.alerts command from an older client and ignores the old key', () => {
    const cmd = Command.parse({ id: 'c1', type: 'settings.alerts', thresholds: { refundRisk: 0.4, viewerDrop: 0.25 } });
    expect(cmd).toMatchObject({ type: 'settings.alerts', thresholds: { viewerDrop: 0.25 } });
    expect('refundRisk' in (cmd as { thresholds: object }).thresholds).toBe(false);
  });
});
