import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRecordingName } from '../recordings/recordingFile';
import type { RecordingInfo } from '../../../shared/protocol/http';
import type { NewSource, SourceHealth, SourceRefusal, SourceUpdate } from '../../../shared/protocol/source';
import type { SourceManager } from './manager';
import { sourceIdOf, specOf, type SpecContext } from './sourceSpec';
import type { SavedSource, SourceStore } from './sourceStore';

export type ControlResult<T = object> = ({ ok: true } & T) | { ok: false; code: SourceRefusal };

/** What the sources page may do with the room's sources (the hub's SourceManager, its saved configuration, its ingest URL). */
export interface SourceControl {
  list(): SourceHealth[];
  start(id: string): boolean;
  stop(id: string): boolean;
  ingestUrl(): string;
  add(source: NewSource): ControlResult<{ id: string }>;
  update(id: string, change: SourceUpdate): ControlResult;
  remove(id: string): ControlResult;
  recordings(): RecordingInfo[];
}

const isConfigured = (s: SavedSource): s is SavedSource & { kind: 'tiktok' | 'replay' } => s.kind !== 'ingest';

/**
 * The sources page's control over the manager, persisted in the store: configured sources are
 * added at start (running again when they ran before), added/removed/reconfigured by the producer;
 * built-in sources (the ingest door, the hub's own source) can be started, stopped and given a
 * stall time, never removed.
 */
export function createSourceControl(opts: {
  manager: SourceManager;
  store: SourceStore;
  spec: SpecContext;
  ingestUrl: () => string;
}): SourceControl {
  const { manager, store } = opts;
  const saved = (id: string) => store.sources.find((s) => s.id === id);
  const exists = (id: string) => manager.list().some((h) => h.id === id);

  for (const h of manager.list()) {
    const sec = store.stallOf(h.id);
    if (sec !== undefined) manager.configure(h.id, { stallMs: sec * 1000 });
  }
  for (const s of store.sources) {
    if (!isConfigured(s) || exists(s.id)) continue;
    const { spec, extras } = specOf(s, opts.spec);
    manager.add(s.id, spec, false, extras);
    if (s.enabled) manager.start(s.id);
  }

  const setEnabled = (id: string, enabled: boolean) => {
    const s = saved(id);
    if (s && s.enabled !== enabled) store.put({ ...s, enabled });
  };

  return {
    list: () => manager.list(),
    ingestUrl: opts.ingestUrl,
    start(id) {
      const done = manager.start(id);
      if (done) setEnabled(id, true);
      return done;
    },
    stop(id) {
      const done = manager.stop(id);
      if (done) setEnabled(id, false);
      return done;
    },
    add(source) {
      if (source.kind === 'ingest') {
        if (!exists('ingest')) return { ok: false, code: 'not_found' };
        if (source.stallSec !== undefined) this.update('ingest', { stallSec: source.stallSec });
        manager.start('ingest');
        return { ok: true, id: 'ingest' };
      }
      if (source.kind === 'replay' && !this.recordings().some((f) => f.name === source.file)) return { ok: false, code: 'no_recording' };
      const id = sourceIdOf(source);
      if (exists(id)) return { ok: false, code: 'exists' };
      const entry: SavedSource & { kind: 'tiktok' | 'replay' } = { ...source, id, enabled: true };
      const { spec, extras } = specOf(entry, opts.spec);
      const r = manager.add(id, spec, true, extras);
      if (!r.ok) return r;
      store.put(entry);
      return { ok: true, id };
    },
    update(id, change) {
      if (!exists(id)) return { ok: false, code: 'not_found' };
      const s = saved(id);
      if (change.signKey !== undefined && s?.kind !== 'tiktok') return { ok: false, code: 'not_applicable' };
      if (change.stallSec !== undefined) {
        manager.configure(id, { stallMs: change.stallSec * 1000 });
        if (!s) store.setStall(id, change.stallSec);
      }
      if (s && isConfigured(s)) {
        const next = { ...s, ...(change.stallSec !== undefined ? { stallSec: change.stallSec } : {}) } as typeof s;
        if (next.kind === 'tiktok' && change.signKey !== undefined) {
          if (change.signKey) next.signKey = change.signKey;
          else delete next.signKey;
        }
        store.put(next);
        // A new key takes effect at the next connect: the spec reads the saved entry when it makes a client.
        if (change.signKey !== undefined) {
          const running = manager.list().find((h) => h.id === id)?.state;
          manager.remove(id);
          const { spec, extras } = specOf(next, opts.spec);
          manager.add(id, spec, running !== undefined && running !== 'stopped', extras);
        }
      }
      return { ok: true };
    },
    remove(id) {
      if (!exists(id)) return { ok: false, code: 'not_found' };
      if (!saved(id)) return { ok: false, code: 'builtin' };
      manager.remove(id);
      store.remove(id);
      return { ok: true };
    },
    recordings() {
      const dir = opts.spec.recordingsDir;
      let names: string[];
      try { names = readdirSync(dir); } catch { return []; }
      const files: RecordingInfo[] = [];
      for (const name of names) {
        if (!isRecordingName(name)) continue;
        try {
          const st = statSync(join(dir, name));
          if (st.isFile()) files.push({ name, size: st.size, mtimeMs: st.mtimeMs });
        } catch { /* gone meanwhile */ }
      }
      return files.sort((a, b) => b.mtimeMs - a.mtimeMs);
    },
  };
}
