import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ROLES } from '../../../shared/protocol/common';
import { writeFileAtomic } from '../documents/atomicWrite';

/**
 * The slots that outlive the hub process: the overlay link in OBS, the control links on a Stream
 * Deck, the ingest token in a connector. UI tokens (they follow the owner token), join codes
 * (they expire) and handoffs (60 s) are not kept.
 */
export const LASTING_SLOTS = ['ingest', 'overlay', ...ROLES.map((r) => `control:${r}` as const)] as const;
export type LastingSlot = (typeof LASTING_SLOTS)[number];
export type LastingSecrets = Partial<Record<LastingSlot, string>>;

export const CREDENTIALS_FILE = 'credentials.json';

/** The secret itself is kept (not a hash): the hub must show the links again after a restart (docs/security.md). */
const Secret = z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/);
const FileShape = z.object({
  v: z.literal(1),
  secrets: z.object(Object.fromEntries(LASTING_SLOTS.map((s) => [s, Secret.optional()])) as Record<LastingSlot, z.ZodOptional<typeof Secret>>).strict(),
});

export type CredentialStoreMode =
  | { kept: 'file'; file: string }
  | { kept: 'memory'; why: 'no_journal' | 'not_writable' | 'damaged_not_moved' };

export interface CredentialStore {
  /** The secrets found on disk at start (none when there is no file or it was damaged). */
  readonly loaded: LastingSecrets;
  readonly mode: CredentialStoreMode;
  /** Keep these secrets (atomic writes, one at a time, in order; mode 0600). A memory store keeps nothing. */
  save(secrets: LastingSecrets): void;
  /** Resolves when what was saved so far is on disk. */
  flushed(): Promise<void>;
}

export interface CredentialStoreOptions {
  /** False: keep credentials in memory only (no journal). */
  persist: boolean;
  /** Say on stderr that they are kept in memory only (the user asked for no journal). */
  announce?: boolean;
  now: () => number;
  log?: (line: string) => void;
}

const memory = (why: Extract<CredentialStoreMode, { kept: 'memory' }>['why']): CredentialStore => ({
  loaded: {}, mode: { kept: 'memory', why }, save: () => undefined, flushed: () => Promise.resolve(),
});

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * `<dataDir>/credentials.json`: the lasting credentials, so a restarted hub answers the same links.
 * A file that does not validate is moved aside (`credentials.json.damaged-<time>`), never
 * overwritten, and fresh credentials are issued (said on stderr). Without a journal, or when the
 * folder cannot be written, credentials live in memory only (said on stderr).
 */
export function openCredentialStore(dataDir: string, opts: CredentialStoreOptions): CredentialStore {
  const log = opts.log ?? ((line: string) => console.error(line));
  const memoryOnly = 'overlay, control and ingest links will change when the hub restarts';
  if (!opts.persist) {
    if (opts.announce) log(`[hub] credentials kept in memory only (no journal): ${memoryOnly}`);
    return memory('no_journal');
  }
  if (!writable(dataDir)) {
    log(`[hub] credentials kept in memory only: ${dataDir} cannot be written; ${memoryOnly}`);
    return memory('not_writable');
  }
  const file = join(dataDir, CREDENTIALS_FILE);
  let loaded: LastingSecrets = {};
  if (existsSync(file)) {
    try {
      loaded = FileShape.parse(JSON.parse(readFileSync(file, 'utf8'))).secrets;
    } catch (err) {
      const aside = `${file}.damaged-${opts.now()}`;
      const why = err instanceof Error ? err.message.replace(/\s+/g, ' ').slice(0, 200) : String(err);
      try {
        renameSync(file, aside);
      } catch {
        log(`[hub] ${file} is damaged (${why}) and could not be moved aside: new credentials are issued and kept in memory only; ${memoryOnly}`);
        return memory('damaged_not_moved');
      }
      log(`[hub] ${file} is damaged (${why}); moved to ${aside}. New overlay, control and ingest credentials were issued: copy the links again (令牌与链接 / tokens & links)`);
    }
  }
  let chain: Promise<void> = Promise.resolve();
  let last = '';
  return {
    loaded,
    mode: { kept: 'file', file },
    save(secrets) {
      const text = `${JSON.stringify({ v: 1, secrets }, null, 2)}\n`;
      if (text === last) return;
      last = text;
      chain = chain.then(() => writeFileAtomic(file, text, { mode: 0o600 })).catch((err: unknown) => {
        log(`[hub] could not save ${file}: ${err instanceof Error ? err.message : String(err)} (the links work until the hub restarts)`);
      });
    },
    flushed: () => chain,
  };
}
