import { useEffect } from 'react';
import type { Role } from '../../../shared/protocol';
import { connectHub } from '../services/hubClient';
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

/** The join screen: a LAN client enters the join code (and a name), then connects. */
export function join(code: string, name: string, role: Role): void {
  setCredentials(code.trim(), name.trim() || null);
  chooseRole(role);
  connectionActions.setNeedsJoin(false);
  started = true;
  connectHub(role, displayName(role));
}
