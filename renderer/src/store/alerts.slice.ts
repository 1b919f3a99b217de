import { create } from 'zustand';
import type { Alert } from '../../../shared/protocol';

interface AlertsState {
  alerts: readonly Alert[];
}

export const useAlertsStore = create<AlertsState>(() => ({ alerts: [] }));

/** Written only by services/hubClient. */
export const alertActions = {
  set(alerts: readonly Alert[]) {
    useAlertsStore.setState({ alerts });
  },
};

export const useAlerts = () => useAlertsStore((s) => s.alerts);
/** Newest first. */
export function newestFirst(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort((a, b) => b.at - a.at);
}
