import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { Id } from '../../../shared/protocol/common';
import { NewSource, StallSec } from '../../../shared/protocol/source';
import { writeFileAtomic } from '../documents/atomicWrite';

/** A source the producer configured: what was added, its id, whether it should run. */
export const SavedSource = z.intersection(NewSource, z.object({ id: Id, enabled: z.boolean() }));
export type SavedSource = z.infer<typeof SavedSource>;

/** sources.json: the configured sources, and stall times set for built-in ones (the ingest door, the hub's source). */
const SourcesFile = z.object({
  v: z.literal(1),
  sources: z.array(SavedSource).max(50),
  stall: z.record(Id, StallSec).default({}),
});
type SourcesFile = z.infer<typeof SourcesFile>;

export interface SourceStore {
  readonly sources: readonly SavedSource[];
  /** Stall seconds set for a built-in source. */
  stallOf(id: string): number | undefined;
  put(source: SavedSource): void;
  remove(id: string): void;
  setStall(id: string, sec: number | undefined): void;
  /** Resolves when what was changed so far is on disk. */
  flushed(): Promise<void>;
}

export const SOURCES_FILE = 'sources.json';

/**
 * The sources page's configuration in `<dataDir>/sources.json` (atomic writes, one at a time, in
 * order). A file that does not validate is moved aside (`sources.json.invalid-<time>`) and never
 * overwritten; the hub starts with no configured sources then.
 */
export function openSourceStore(dataDir: string, now: () => number = Date.now): SourceStore {
  const file = join(dataDir, SOURCES_FILE);
  let data: SourcesFile = { v: 1, sources: [], stall: {} };
  if (existsSync(file)) {
    try {
      data = SourcesFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (err) {
      const aside = `${file}.invalid-${now()}`;
      console.error(`[hub] ${file} is not a valid sources file (${err instanceof Error ? err.message.slice(0, 200) : String(err)}); moved to ${aside}`);
      try { renameSync(file, aside); } catch { /* left where it is; it is not overwritten before a change */ }
    }
  }
  let chain: Promise<void> = Promise.resolve();
  const save = () => {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    chain = chain.then(() => writeFileAtomic(file, text)).catch((err: unknown) => {
      console.error(`[hub] could not save ${file}:`, err instanceof Error ? err.message : err);
    });
  };
  return {
    get sources() { return data.sources; },
    stallOf: (id) => data.stall[id],
    put(source) {
      const i = data.sources.findIndex((s) => s.id === source.id);
      data = { ...data, sources: i < 0 ? [...data.sources, source] : data.sources.map((s, j) => (j === i ? source : s)) };
      save();
    },
    remove(id) {
      data = { ...data, sources: data.sources.filter((s) => s.id !== id) };
      save();
    },
    setStall(id, sec) {
      const stall = Object.fromEntries(Object.entries(data.stall).filter(([k]) => k !== id));
      data = { ...data, stall: sec === undefined ? stall : { ...stall, [id]: sec } };
      save();
    },
    flushed: () => chain,
  };
}
