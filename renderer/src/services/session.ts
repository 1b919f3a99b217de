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

/** What the session needs from the page (the browser's by default; tests pass fakes). */
export interface SessionEnv {
  location: Pick<Location, 'search' | 'pathname' | 'hash' | 'origin'>;
  history: Pick<History, 'state' | 'replaceState'>;
  /** sessionStorage; a getter, because touching a disabled storage throws. */
  storage: () => Pick<Storage, 'getItem' | 'setItem'>;
  newId: () => string;
}

export interface SessionStore {
  /** Reads the URL query once, persists it, and strips it from the visible URL (keeps the hash route). */
  init(): Session;
  get(): Session;
  chooseRole(role: Role): void;
  setCredentials(token: string, name: string | null): void;
  roleFor(route: Route): Role;
  displayName(role: Role): string;
  /** Link that opens another view of this room in a new tab/window (carries the token). */
  viewUrl(route: Route): string;
}

export const SESSION_KEY = 'livedeck.session';
export const MAX_NAME = 40;
const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const ROLE_NAMES: Record<Role, string> = { host: '主播', assistant: '助播', producer: '运营' };

export function defaultRoleFor(route: Route): Role {
  if (route === 'prompter') return 'host';
  if (route === 'console') return 'assistant';
  return 'producer';
}

export function createSessionStore(env: SessionEnv): SessionStore {
  let session: Session | null = null;

  const read = (): Partial<Session> => {
    try {
      const raw = env.storage().getItem(SESSION_KEY);
      return raw ? (JSON.parse(raw) as Partial<Session>) : {};
    } catch {
      return {};
    }
  };

  const write = (s: Session) => {
    try {
      env.storage().setItem(SESSION_KEY, JSON.stringify(s));
    } catch {
      // sessionStorage disabled: the session lives in memory only.
    }
  };

  const init = (): Session => {
    if (session) return session;
    const stored = read();
    const { location } = env;
    const q = new URLSearchParams(location.search);
    const qRole = q.get('role');
    const qName = q.get('name');
    session = {
      token: q.get('token') ?? (typeof stored.token === 'string' ? stored.token : null),
      chosenRole: isRole(qRole) ? qRole : isRole(stored.chosenRole) ? stored.chosenRole : null,
      name: qName ? qName.slice(0, MAX_NAME) : typeof stored.name === 'string' ? stored.name : null,
      clientId: typeof stored.clientId === 'string' && stored.clientId ? stored.clientId : env.newId(),
    };
    write(session);
    if (location.search) env.history.replaceState(env.history.state, '', location.pathname + location.hash);
    return session;
  };

  const get = (): Session => session ?? init();

  return {
    init,
    get,
    chooseRole(role) {
      const s = get();
      s.chosenRole = role;
      write(s);
    },
    setCredentials(token, name) {
      const s = get();
      s.token = token;
      if (name) s.name = name.slice(0, MAX_NAME);
      write(s);
    },
    roleFor: (route) => get().chosenRole ?? defaultRoleFor(route),
    displayName(role) {
      const s = get();
      return s.name ?? `${ROLE_NAMES[role]}-${s.clientId.slice(0, 4)}`;
    },
    viewUrl(route) {
      const token = get().token;
      const q = token ? `?token=${encodeURIComponent(token)}` : '';
      return `${env.location.origin}${env.location.pathname}${q}#/${route}`;
    },
  };
}

let browserStore: SessionStore | null = null;
/** The page's session, created on first use (so importing this module touches no browser API). */
const store = (): SessionStore =>
  (browserStore ??= createSessionStore({ location, history, storage: () => sessionStorage, newId: uuid }));

export const initSession = (): Session => store().init();
export const getSession = (): Session => store().get();
export const chooseRole = (role: Role): void => store().chooseRole(role);
export const setCredentials = (token: string, name: string | null): void => store().setCredentials(token, name);
export const roleFor = (route: Route): Role => store().roleFor(route);
export const displayName = (role: Role): string => store().displayName(role);
export const viewUrl = (route: Route): string => store().viewUrl(route);
