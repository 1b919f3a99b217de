import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DOCUMENT_EXTENSION, makeDocument, parseDocument, serializeDocument,
  type DocumentError, type ShowDocument,
} from '../../../shared/protocol/document';
import type { DocumentInfo } from '../../../shared/protocol/http';
import { TEMP_SUFFIX, writeFileAtomic } from './atomicWrite';
import { KeyedLock } from './lock';
import { documentName, fileNameOf, INVALID_NAME_MESSAGE } from './names';

export type OpenResult =
  | { ok: true; name: string; doc: ShowDocument; readOnly: boolean; fileVersion: number; migratedFrom?: number }
  | { ok: false; code: 'not_found' | 'invalid' | 'bad_name'; error: DocumentError };

export type SaveErrorCode = 'bad_name' | 'exists' | 'invalid_on_disk' | 'read_only' | 'changed_on_disk';
export type SaveResult =
  | { ok: true; name: string; savedAt: number }
  | { ok: false; code: SaveErrorCode; message: string; currentSavedAt?: number };

export interface SaveOptions {
  /** 'saveAs' refuses to replace an existing file unless `overwrite` is set. */
  mode?: 'save' | 'saveAs';
  overwrite?: boolean;
  /** The savedAt of the version the editor started from; a different one on disk is a conflict. */
  expectedSavedAt?: number;
  /** Clock for savedAt (tests). */
  now?: () => number;
}

/**
 * Show documents on disk: `<dataDir>/shows/<name>.livedeck.json`. Saves are atomic; a file that
 * fails to validate or comes from a newer LiveDeck is never overwritten.
 */
export class DocumentStore {
  readonly showsDir: string;
  private readonly lock = new KeyedLock();

  constructor(readonly dataDir: string) {
    this.showsDir = join(dataDir, 'shows');
  }

  async init(): Promise<void> {
    await mkdir(this.showsDir, { recursive: true });
  }

  pathOf(name: string): string {
    return join(this.showsDir, fileNameOf(name));
  }

  async list(): Promise<DocumentInfo[]> {
    await this.init();
    const out: DocumentInfo[] = [];
    for (const entry of await readdir(this.showsDir)) {
      if (entry.startsWith('.') || !entry.endsWith(DOCUMENT_EXTENSION)) continue;
      const name = documentName(entry);
      if (!name) continue;
      const path = join(this.showsDir, entry);
      try {
        const st = await stat(path);
        if (!st.isFile()) continue;
        const r = parseDocument(await readFile(path, 'utf8'));
        out.push(r.ok
          ? { name, title: r.doc.show.title, savedAt: r.doc.savedAt, size: st.size, mtimeMs: st.mtimeMs, status: r.readOnly ? 'newer' : 'ok' }
          : { name, title: name, savedAt: 0, size: st.size, mtimeMs: st.mtimeMs, status: 'invalid', error: r.error.message });
      } catch {
        continue;
      }
    }
    return out.sort((a, b) => b.mtimeMs - a.mtimeMs);
  }

  async open(input: string): Promise<OpenResult> {
    const name = documentName(input);
    if (!name) return { ok: false, code: 'bad_name', error: { message: INVALID_NAME_MESSAGE, path: '' } };
    let text: string;
    try {
      text = await readFile(this.pathOf(name), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: false, code: 'not_found', error: { message: `找不到文件「${name}」 / No document named "${name}"`, path: '' } };
      throw err;
    }
    const r = parseDocument(text);
    if (!r.ok) return { ok: false, code: 'invalid', error: r.error };
    return { ...r, name };
  }

  async save(input: string, doc: ShowDocument, opts: SaveOptions = {}): Promise<SaveResult> {
    const name = documentName(input);
    if (!name) return { ok: false, code: 'bad_name', message: INVALID_NAME_MESSAGE };
    // Take the lock before any await, so saves of one file apply in the order they were asked for.
    return this.lock.run(name, async () => {
      await this.init();
      const path = this.pathOf(name);
      let existing: string | null = null;
      try {
        existing = await readFile(path, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
      let prevSavedAt = -1;
      if (existing !== null) {
        if (opts.mode === 'saveAs' && !opts.overwrite) {
          return { ok: false, code: 'exists', message: `已有同名文件「${name}」 / A document named "${name}" already exists` };
        }
        const cur = parseDocument(existing);
        if (!cur.ok) {
          return { ok: false, code: 'invalid_on_disk', message: `磁盘上的「${name}」无法通过校验（${cur.error.message}），为保护原文件已拒绝覆盖，请“另存为”新文件 / The file on disk is invalid and will not be overwritten; use Save As` };
        }
        if (cur.readOnly) {
          return { ok: false, code: 'read_only', message: `「${name}」由更新版本的 LiveDeck 保存，只读打开，请“另存为”新文件 / Saved by a newer LiveDeck: read-only; use Save As` };
        }
        if (opts.expectedSavedAt !== undefined && cur.doc.savedAt !== opts.expectedSavedAt && !opts.overwrite) {
          return { ok: false, code: 'changed_on_disk', currentSavedAt: cur.doc.savedAt, message: `「${name}」在你打开后已被别人保存过 / The document changed on disk since you opened it` };
        }
        prevSavedAt = cur.doc.savedAt;
      }
      // savedAt only grows, so "changed since I opened it" checks stay exact.
      const savedAt = Math.max(opts.now?.() ?? Date.now(), prevSavedAt + 1);
      const next = makeDocument(doc.show, savedAt, doc.lexicon);
      await writeFileAtomic(path, serializeDocument(next));
      return { ok: true, name, savedAt };
    });
  }

  /** Removes temp files left by a crash in the middle of a save (older than `olderThanMs`). */
  async cleanupTemp(olderThanMs = 60_000): Promise<number> {
    await this.init();
    let removed = 0;
    for (const entry of await readdir(this.showsDir)) {
      if (!entry.startsWith('.') || !entry.endsWith(TEMP_SUFFIX)) continue;
      const path = join(this.showsDir, entry);
      try {
        if (Date.now() - (await stat(path)).mtimeMs >= olderThanMs) { await rm(path, { force: true }); removed++; }
      } catch { /* gone already */ }
    }
    return removed;
  }
}
