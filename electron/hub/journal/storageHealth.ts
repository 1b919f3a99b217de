import type { StorageHealth } from '../../../shared/protocol/room';
import type { JournalStatus } from './session';

/** What clients are told of the journal: its state ('off' without one), damage and loss counts. */
export function storageHealth(status: JournalStatus | null): StorageHealth {
  if (!status) return { journal: 'off', damaged: 0, dropped: 0, pendingBytes: 0 };
  return { journal: status.state, damaged: status.damaged, dropped: status.dropped, pendingBytes: status.pendingBytes };
}

const same = (a: StorageHealth, b: StorageHealth) =>
  a.journal === b.journal && a.damaged === b.damaged && a.dropped === b.dropped && a.pendingBytes === b.pendingBytes;

/**
 * Keep the room's `storage` section in step with the journal: checked now and every `everyMs`,
 * set (and a delta asked for) only when it changed. Returns the stop function.
 */
export function watchStorage(
  room: { storage: { full(now: number): StorageHealth; set(v: StorageHealth): void } },
  status: () => JournalStatus | null, changed: () => void, everyMs = 1000,
): () => void {
  const check = () => {
    const next = storageHealth(status());
    if (same(next, room.storage.full(0))) return;
    room.storage.set(next);
    changed();
  };
  check();
  const timer = setInterval(check, everyMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
