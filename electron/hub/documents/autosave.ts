import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DOCUMENT_EXTENSION, makeDocument, parseDocument, serializeDocument, type ShowDocument,
} from '../../../shared/protocol/document';
import type { RecoverableDraft } from '../../../shared/protocol/http';
import { writeFileAtomic } from './atomicWrite';
import type { DocumentStore } from './documentStore';
import { documentName, fileNameOf } from './names';

/**
 * Autosave drafts: `<dataDir>/autosave/<key>.livedeck.json`, written atomically every few seconds
 * while the producer edits. A draft newer than its saved file (or without one) is recoverable
 * after a crash; saving the document discards its draft.
 */
export class AutosaveStore {
  readonly dir: string;

  constructor(readonly dataDir: string, private readonly documents: DocumentStore) {
    this.dir = join(dataDir, 'autosave');
  }

  async write(keyInput: string, doc: ShowDocument, now = Date.now()): Promise<{ ok: true; key: string; savedAt: number } | { ok: false }> {
    const key = documentName(keyInput);
    if (!key) return { ok: false };
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(join(this.dir, fileNameOf(key)), serializeDocument(makeDocument(doc.show, now, doc.lexicon)));
    return { ok: true, key, savedAt: now };
  }

  async read(keyInput: string): Promise<ShowDocument | null> {
    const key = documentName(keyInput);
    if (!key) return null;
    try {
      const r = parseDocument(await readFile(join(this.dir, fileNameOf(key)), 'utf8'));
      return r.ok ? r.doc : null;
    } catch {
      return null;
    }
  }

  async discard(keyInput: string): Promise<void> {
    const key = documentName(keyInput);
    if (key) await rm(join(this.dir, fileNameOf(key)), { force: true });
  }

  async listRecoverable(): Promise<RecoverableDraft[]> {
    let entries: string[];
    try {
      entries = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: RecoverableDraft[] = [];
    for (const entry of entries) {
      if (entry.startsWith('.') || !entry.endsWith(DOCUMENT_EXTENSION)) continue;
      const key = documentName(entry);
      if (!key) continue;
      const draft = await this.read(key);
      if (!draft) continue;
      const saved = await this.documents.open(key);
      if (saved.ok && saved.doc.savedAt >= draft.savedAt) continue;
      out.push({ key, title: draft.show.title, draftSavedAt: draft.savedAt, ...(saved.ok ? { fileSavedAt: saved.doc.savedAt } : {}) });
    }
    return out.sort((a, b) => b.draftSavedAt - a.draftSavedAt);
  }
}
