import { create } from 'zustand';
import type { CredentialKeeping, StorageHealth } from '../../../shared/protocol/room';

interface StorageState {
  /** Whether the hub writes the room to disk, as it last said (null before the first snapshot, or an older hub). */
  storage: StorageHealth | null;
}

export const useStorageStore = create<StorageState>(() => ({ storage: null }));

/** The journal's health, for the status bar. */
export const useStorageHealth = (): StorageHealth | null => useStorageStore((s) => s.storage);

/** Where the hub keeps the lasting credentials (null before the first snapshot, or an older hub). */
export const useCredentialKeeping = (): CredentialKeeping | null => useStorageStore((s) => s.storage?.credentials ?? null);

/** Written only by services/hubClient. */
export const storageActions = {
  set(storage: StorageHealth | null) {
    useStorageStore.setState({ storage });
  },
};
