import { ROLES, type Role } from '../../../shared/protocol';
import { uuid } from '../lib/id';
import type { Route } from '../app/routes';

/**
 * Per-tab session: the access token (read once from the URL, then removed from it), an
 * explicitly chosen role and name, and a stable clientId — all in sessionStorage.
 */
export interface Session {
  token: string | null;
  /** Role the user picked (or passed in the URL); null = follow the route's default. */
  chosenRole: Role | null;
  name: string | null;
  clientId: string;
}

const KEY = 'livedeck.session';
const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

let session: Session | null = null;

function read(): Partial<Session> {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Partial<Session>) : {};
  } catch {
    return {};
  }
}

function write(s: Session) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // sessionStorage disabled: the session lives in memory only.
  }
}

/** Reads the URL query once, persists it, and strips it from the visible URL (keeps the hash route). */
export function initSession(): Session {
  if (session) return session;
  const stored = read();
  const q = new URLSearchParams(location.search);
  const qRole = q.get('role');
  const qName = q.get('name');
  session = {
    token: q.get('token') ?? (typeof stored.token === 'string' ? stored.token : null),
    chosenRole: isRole(qRole) ? qRole : isRole(stored.chosenRole) ? stored.chosenRole : null,
    name: qName ? qName.slice(0, 40) : typeof stored.name === 'string' ? stored.name : null,
    clientId: typeof stored.clientId === 'string' && stored.clientId ? stored.clientId : uuid(),
  };
  write(session);
  if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
  return session;
}

export function getSession(): Session {
  return session ?? initSession();
}

export function chooseRole(role: Role): void {
  const s = getSession();
  s.chosenRole = role;
  write(s);
}

export function setCredentials(token: string, name: string | null): void {
  const s = getSession();
  s.token = token;
  if (name) s.name = name.slice(0, 40);
  write(s);
}

export function defaultRoleFor(route: Route): Role {
  if (route === 'prompter') return 'host';
  if (route === 'console') return 'assistant';
  return 'producer';
}

export function roleFor(route: Route): Role {
  return getSession().chosenRole ?? defaultRoleFor(route);
}

const ROLE_NAMES: Record<Role, string> = { host: '主播', assistant: '助播', producer: '运营' };
export function displayName(role: Role): string {
  const s = getSession();
  return s.name ?? `${ROLE_NAMES[role]}-${s.clientId.slice(0, 4)}`;
}

/** Link that opens another view of this room in a new tab/window (carries the token). */
export function viewUrl(route: Route): string {
  const token = getSession().token;
  const q = token ? `?token=${encodeURIComponent(token)}` : '';
  return `${location.origin}${location.pathname}${q}#/${route}`;
}
