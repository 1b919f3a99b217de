import { describe, expect, it } from 'vitest';
import { createSessionStore, defaultRoleFor, SESSION_KEY, type SessionEnv } from '../../../renderer/src/services/session';

/** A page at `url` with an in-memory sessionStorage (optionally pre-filled or broken). */
function page(url: string, stored?: Record<string, unknown>, opts: { brokenStorage?: boolean } = {}) {
  const u = new URL(url);
  const data = new Map<string, string>();
  if (stored) data.set(SESSION_KEY, JSON.stringify(stored));
  const replaced: string[] = [];
  const location = { search: u.search, pathname: u.pathname, hash: u.hash, origin: u.origin };
  const env: SessionEnv = {
    location,
    history: {
      state: { from: 'router' },
      replaceState: (_state: unknown, _unused: string, next?: string | URL | null) => {
        replaced.push(String(next));
        location.search = '';
      },
    },
    storage: () => {
      if (opts.brokenStorage) throw new Error('SecurityError');
      return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => { data.set(k, v); } };
    },
    newId: () => 'abcd1234-0000-4000-8000-000000000000',
  };
  const saved = () => JSON.parse(data.get(SESSION_KEY) ?? 'null') as Record<string, unknown> | null;
  return { env, replaced, saved, store: createSessionStore(env) };
}

describe('session from the URL', () => {
  it('reads token, role and name from the query', () => {
    const { store } = page('http://127.0.0.1:5170/?token=s3cret&role=host&name=%E5%B0%8F%E7%BE%8E#/prompter');
    expect(store.init()).toEqual({ token: 's3cret', chosenRole: 'host', name: '小美', clientId: 'abcd1234-0000-4000-8000-000000000000' });
  });

  it('removes the token from the visible URL, keeping the path and hash route', () => {
    const { store, replaced } = page('http://127.0.0.1:5170/app/?token=s3cret#/console');
    store.init();
    expect(replaced).toEqual(['/app/#/console']);
  });

  it('leaves the URL alone when there is no query', () => {
    const { store, replaced } = page('http://127.0.0.1:5170/#/console');
    store.init();
    expect(replaced).toEqual([]);
  });

  it('persists the session so a reload without the query keeps it', () => {
    const first = page('http://h/?token=t1&role=producer&name=ops');
    first.store.init();
    const reload = page('http://h/#/console', first.saved()!);
    expect(reload.store.init()).toEqual({ token: 't1', chosenRole: 'producer', name: 'ops', clientId: 'abcd1234-0000-4000-8000-000000000000' });
  });

  it('lets a new query win over the stored session but keeps the stored clientId', () => {
    const { store } = page('http://h/?token=new', { token: 'old', chosenRole: 'host', name: 'a', clientId: 'kept-id' });
    expect(store.init()).toMatchObject({ token: 'new', chosenRole: 'host', clientId: 'kept-id' });
  });

  it('ignores an unknown role and caps the name at 40 characters', () => {
    const { store } = page(`http://h/?role=admin&name=${'名'.repeat(60)}`);
    const s = store.init();
    expect(s.chosenRole).toBeNull();
    expect(s.name).toHaveLength(40);
  });

  it('ignores a corrupt stored session', () => {
    const { env } = page('http://h/');
    const store = createSessionStore({ ...env, storage: () => ({ getItem: () => '{not json', setItem: () => undefined }) });
    expect(store.init()).toEqual({ token: null, chosenRole: null, name: null, clientId: 'abcd1234-0000-4000-8000-000000000000' });
  });

  it('still works in memory when sessionStorage is disabled', () => {
    const { store } = page('http://h/?token=t', undefined, { brokenStorage: true });
    expect(store.init().token).toBe('t');
    store.chooseRole('host');
    expect(store.get().chosenRole).toBe('host');
  });

  it('reads the URL only once', () => {
    const { store, env } = page('http://h/?token=t1');
    const first = store.init();
    env.location.search = '?token=t2';
    expect(store.init()).toBe(first);
    expect(store.get().token).toBe('t1');
  });
});

describe('session: roles, names, links', () => {
  it('defaults the role by view: prompter → host, console → assistant, others → producer', () => {
    expect(defaultRoleFor('prompter')).toBe('host');
    expect(defaultRoleFor('console')).toBe('assistant');
    expect(defaultRoleFor('rundown')).toBe('producer');
    expect(defaultRoleFor('review')).toBe('producer');
  });

  it('uses a chosen role over the view default and remembers it', () => {
    const { store, saved } = page('http://h/');
    expect(store.roleFor('console')).toBe('assistant');
    store.chooseRole('producer');
    expect(store.roleFor('console')).toBe('producer');
    expect(saved()?.chosenRole).toBe('producer');
  });

  it('names an anonymous user by role and the start of the client id', () => {
    const { store } = page('http://h/');
    expect(store.displayName('assistant')).toBe('助播-abcd');
    expect(store.displayName('host')).toBe('主播-abcd');
  });

  it('stores the join code and a trimmed-to-40 name from the join screen', () => {
    const { store, saved } = page('http://h/');
    store.setCredentials('123456', 'x'.repeat(45));
    expect(store.get().token).toBe('123456');
    expect(store.displayName('host')).toBe('x'.repeat(40));
    expect(saved()?.token).toBe('123456');
  });

  it('builds links to other views carrying the token, URL-encoded', () => {
    const { store } = page('http://192.168.1.5:5170/?token=a%2Bb%26c#/console');
    store.init();
    expect(store.viewUrl('prompter')).toBe('http://192.168.1.5:5170/?token=a%2Bb%26c#/prompter');
    const anon = page('http://h:1/');
    expect(anon.store.viewUrl('review')).toBe('http://h:1/#/review');
  });
});
