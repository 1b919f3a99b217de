import { create } from 'zustand';
import type { RoomSettings } from '../../../shared/protocol';

interface SettingsState {
  /** Room settings from the hub (alert thresholds); null until the hub sends them. */
  settings: RoomSettings | null;
}

export const useSettingsStore = create<SettingsState>(() => ({ settings: null }));

/** Written only by services/hubClient. */
export const settingsActions = {
  set(settings: RoomSettings) {
    useSettingsStore.setState({ settings });
  },
};

export const useAlertThresholds = () => useSettingsStore((s) => s.settings?.alertThresholds ?? null);
