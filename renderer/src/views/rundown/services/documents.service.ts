import { withLexicon } from '../../../../../shared/domain/compliance';
import { makeDocument, type ShowDocument } from '../../../../../shared/protocol/document';
import { uuid } from '../../../lib/id';
import { toastActions } from '../../../store/toasts.slice';
import { trd } from '../../../i18n/rundown';
import { emptyShow } from '../model/showEdits';
import { documentActions, useDocumentStore } from '../store/document.slice';
import { liveSendActions } from '../store/live.slice';
import { selectionActions } from '../store/selection.slice';
import { showActions, useShowStore } from '../store/show.slice';
import { ApiError, apiJson } from './http';
import { roomShow } from './hubAdapter';

export interface FileInfo { name: string; title: string; savedAt: number; size: number; mtimeMs: number; status: 'ok' | 'invalid' | 'newer'; error?: string }
export interface RecentInfo { name: string; title: string; openedAt: number }
export interface DraftInfo { key: string; title: string; draftSavedAt: number; fileSavedAt?: number }
interface OpenAnswer { ok: true; name: string; doc: ShowDocument; readOnly: boolean; fileVersion: number; migratedFrom?: number }
interface SaveAnswer { ok: true; name: string; savedAt: number }

const path = (name: string) => `/api/documents/${encodeURIComponent(name)}`;
const draftPath = (key: string) => `/api/autosave/${encodeURIComponent(key)}`;
const fail = (err: unknown) => toastActions.show('error', trd('err.http', { msg: err instanceof Error ? err.message : String(err) }));

export const isDirty = (): boolean => useShowStore.getState().version !== useDocumentStore.getState().cleanVersion;

function currentDoc(): ShowDocument {
  const { show, lexicon } = useShowStore.getState();
  return makeDocument(show, Date.now(), lexicon);
}

function afterLoad(name: string | null, fileSavedAt: number | null, readOnly: boolean, draftKey?: string) {
  const version = useShowStore.getState().version;
  documentActions.opened({ name, fileSavedAt, readOnly, version, ...(draftKey ? { draftKey } : {}) });
  const first = useShowStore.getState().show.slots[0];
  selectionActions.select(first?.id ?? null);
  // A show opened from a file is meant to replace what the room runs now.
  liveSendActions.setBase(roomShow()?.rev ?? null);
}

export const listFiles = async (): Promise<FileInfo[]> => (await apiJson<{ files: FileInfo[] }>('GET', '/api/documents')).files;
export const listRecent = async (): Promise<RecentInfo[]> => (await apiJson<{ recent: RecentInfo[] }>('GET', '/api/documents/recent')).recent;
export const listDrafts = async (): Promise<DraftInfo[]> => (await apiJson<{ drafts: DraftInfo[] }>('GET', '/api/autosave')).drafts;

/** Opens a saved document. An invalid file comes back as a readable error and is left untouched. */
export async function openDocument(name: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const r = await apiJson<OpenAnswer>('GET', path(name));
    showActions.load(r.doc.show, r.doc.lexicon ?? { terms: [], allow: [] });
    afterLoad(r.name, r.doc.savedAt, r.readOnly);
    return { ok: true };
  } catch (err) {
    const message = err instanceof ApiError ? `${err.message}${(err.body as { error?: { path?: string } })?.error?.path ? `（${(err.body as { error: { path: string } }).error.path}）` : ''}` : String(err);
    return { ok: false, message };
  }
}

export function newDocument(): void {
  showActions.load(emptyShow(uuid(), trd('doc.untitled')));
  afterLoad(null, null, false, `未命名-${uuid().slice(0, 8)}`);
}

/** Starts from the room's current run-of-show (the usual start an hour before air). */
export function loadFromRoom(quiet = false): boolean {
  const room = roomShow();
  if (!room) return false;
  showActions.load(withLexicon(room.show, undefined), room.show.lexicon);
  afterLoad(null, null, false, `未命名-${uuid().slice(0, 8)}`);
  liveSendActions.setBase(room.rev);
  if (!quiet) toastActions.show('info', trd('live.loaded', { rev: room.rev }));
  return true;
}

export type SaveOutcome = { ok: true } | { ok: false; code: string; message: string };

/** Saves to `name`; mode 'saveAs' refuses to replace an existing file unless overwrite is set. */
export async function saveDocument(name: string, opts: { mode: 'save' | 'saveAs'; overwrite?: boolean } = { mode: 'save' }): Promise<SaveOutcome> {
  const state = useDocumentStore.getState();
  const version = useShowStore.getState().version;
  documentActions.setSaving(true);
  try {
    const body: Record<string, unknown> = { doc: currentDoc(), mode: opts.mode, overwrite: opts.overwrite ?? false };
    if (opts.mode === 'save' && state.name === name && state.fileSavedAt !== null) body.expectedSavedAt = state.fileSavedAt;
    const r = await apiJson<SaveAnswer>('PUT', path(name), body);
    documentActions.saved(r.name, r.savedAt, version);
    if (state.draftKey !== r.name) void apiJson('DELETE', draftPath(state.draftKey)).catch(() => undefined);
    toastActions.show('info', `${trd('doc.saved')}：${r.name}`);
    return { ok: true };
  } catch (err) {
    documentActions.setSaving(false);
    if (err instanceof ApiError) return { ok: false, code: err.code, message: err.message };
    return { ok: false, code: 'unknown', message: String(err) };
  }
}

/** Writes the autosave draft when there are unsaved changes. */
export async function autosaveNow(): Promise<void> {
  if (!isDirty() || useDocumentStore.getState().readOnly) return;
  const key = useDocumentStore.getState().draftKey;
  try {
    const r = await apiJson<{ savedAt: number }>('PUT', draftPath(key), { doc: currentDoc() });
    documentActions.autosaved(r.savedAt);
  } catch {
    // The hub may be unreachable for a moment; the next tick tries again.
  }
}

export async function recoverDraft(d: DraftInfo): Promise<void> {
  try {
    const r = await apiJson<{ doc: ShowDocument }>('GET', draftPath(d.key));
    showActions.load(r.doc.show, r.doc.lexicon ?? { terms: [], allow: [] });
    const isNamed = !d.key.startsWith('未命名-');
    // Recovered work is unsaved by definition: keep it dirty against the file it belongs to.
    afterLoad(isNamed ? d.key : null, d.fileSavedAt ?? null, false, d.key);
    documentActions.opened({ name: isNamed ? d.key : null, fileSavedAt: d.fileSavedAt ?? null, readOnly: false, version: -1, draftKey: d.key });
  } catch (err) {
    fail(err);
  }
}

export async function discardDraft(key: string): Promise<void> {
  await apiJson('DELETE', draftPath(key)).catch(fail);
}

export async function refreshRecoverable(): Promise<DraftInfo[]> {
  try {
    const drafts = await listDrafts();
    documentActions.setRecoverable(drafts.length);
    return drafts;
  } catch {
    return [];
  }
}
