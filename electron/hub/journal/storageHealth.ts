import type { CredentialKeeping, StorageHealth } from '../../../shared/protocol/room';
import type { CredentialStoreMode } from '../auth/credentialStore';
import type { JournalStatus } from './session';

/** What else the hub keeps on disk besides the journal: the session's recording, the lasting credentials. */
export interface StorageExtras {
  /** This session's recording (its `dropped` counter is read at every look); null or absent: none. */
  recording?: { readonly dropped: number } | null;
  credentials?: CredentialStoreMode;
}

/** Where the lasting credentials are kept, as clients are told (never the file's path). */
export function credentialKeeping(mode: CredentialStoreMode): CredentialKeeping {
  return mode.kept === 'file' ? { kept: 'file' } : { kept: 'memory', why: mode.why };
}

/**
 * What clients are told of the journal: its state ('off' without one), damage and loss counts;
 * with extras, events left out of the recording and where credentials are kept.
 */
export function storageHealth(status: JournalStatus | null, extras: StorageExtras = {}): StorageHealth {
  const journal: StorageHealth = status
    ? { journal: status.state, damaged: status.damaged, dropped: status.dropped, pendingBytes: status.pendingBytes }
    : { journal: 'off', damaged: 0, dropped: 0, pendingBytes: 0 };
  if (extras.recording) journal.recordingDropped = extras.recording.dropped;
  if (extras.credentials) journal.credentials = credentialKeeping(extras.credentials);
  return journal;
}

const same = (a: StorageHealth, b: StorageHealth) =>
  a.journal === b.journal && a.damaged === b.damaged && a.dropped === b.dropped && a.pendingBytes === b.pendingBytes &&
  a.recordingDropped === b.recordingDropped && a.credentials?.kept === b.credentials?.kept && a.credentials?.why === b.credentials?.why;

/**
 * Keep the room's `storage` section in step with the journal (and the extras): checked now and
 * every `everyMs`, set (and a delta asked for) only when it changed. Returns the stop function.
 */
export function watchStorage(
  room: { storage: { full(now: number): StorageHealth; set(v: StorageHealth): void } },
  status: () => JournalStatus | null, changed: () => void, everyMs = 1000, extras: StorageExtras = {},
): () => void {
  const check = () => {
    const next = storageHealth(status(), extras);
    if (same(next, room.storage.full(0))) return;
    room.storage.set(next);
    changed();
  };
  check();
  const timer = setInterval(check, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
