import { useEffect } from 'react';
import type { Role } from '../../../shared/protocol';
import { connectHub } from '../services/hubClient';
import { roleOfCredential } from '../services/hubHttp';
import { chooseRole, displayName, getSession, roleFor, setCredentials } from '../services/session';
import { connectionActions, useConnectionStore } from '../store/connection.slice';
import type { Route } from './routes';

let started = false;

/** Connects on first render (when there is a token) and reconnects when the route's role changes. */
export function useHubConnection(route: Route): void {
  useEffect(() => {
    const role = roleFor(route);
    if (!getSession().token) {
      connectionActions.setIdentity(role, displayName(role));
      connectionActions.setNeedsJoin(true);
      return;
    }
    if (!started || useConnectionStore.getState().role !== role) {
      started = true;
      connectHub(role, displayName(role));
    }
  }, [route]);
}

/** The status bar's role picker: remember the choice for this tab and reconnect with it. */
export function switchRole(role: Role): void {
  chooseRole(role);
  if (!getSession().token) {
    connectionActions.setIdentity(role, displayName(role));
    return;
  }
  if (useConnectionStore.getState().role !== role) connectHub(role, displayName(role));
}

/**
 * The join screen: a LAN client enters the join code (and a name); the role is the one the code
 * opens (the hub says which), then it connects. A refused code shows the join screen's error.
 */
export async function join(code: string, name: string): Promise<void> {
  const role = await roleOfCredential(code.trim());
  if (!role) {
    connectionActions.setStatus('rejected', 'join code refused');
    return;
  }
  setCredentials(code.trim(), name.trim() || null);
  chooseRole(role);
  connectionActions.setNeedsJoin(false);
  started = true;
  connectHub(role, displayName(role));
}
