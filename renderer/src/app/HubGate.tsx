import type { ReactNode } from 'react';
import { useHubDown } from '../store/connection.slice';

/**
 * Disables every control inside while the hub cannot be reached (a disabled fieldset; it takes no
 * box of its own, so layouts are unchanged). For panels whose buttons all send commands.
 */
export function HubGate({ children }: { children: ReactNode }) {
  const down = useHubDown();
  return <fieldset className="hub-gate" disabled={down} data-hub-down={down}>{children}</fieldset>;
}
