import { withLexicon } from '../../../../../shared/domain/compliance';
import { makeDocument, type ShowDocument } from '../../../../../shared/protocol/document';
import type { DocumentInfo, RecentEntry, RecoverableDraft, SaveDocumentBody } from '../../../../../shared/protocol/http';
import type { z } from 'zod';
import { uuid } from '../../../lib/id';
import { toastActions } from '../../../store/toasts.slice';
import { trd } from '../../../i18n/rundown';
import { emptyShow } from '../model/showEdits';
import { documentActions, useDocumentStore } from '../store/document.slice';
import { liveSendActions } from '../store/live.slice';
import { selectionActions } from '../store/selection.slice';
import { showActions, useShowStore } from '../store/show.slice';
import { ApiError, hubApi, roomShow } from './hubAdapter';

export type { DocumentInfo as FileInfo, RecentEntry as RecentInfo, RecoverableDraft as DraftInfo } from '../../../../../shared/protocol/http';

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

export const listFiles = async (): Promise<DocumentInfo[]> => (await hubApi('listDocuments', {})).files;
export const listRecent = async (): Promise<RecentEntry[]> => (await hubApi('listRecent', {})).recent;
export const listDrafts = async (): Promise<RecoverableDraft[]> => (await hubApi('listDrafts', {})).drafts;

/** Opens a saved document. An invalid file comes back as a readable error and is left untouched. */
export async function openDocument(name: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    const r = await hubApi('openDocument', { params: { name } });
    showActions.load(r.doc.show, r.doc.lexicon ?? { terms: [], allow: [] });
    afterLoad(r.name, r.doc.savedAt, r.readOnly);
    return { ok: true };
  } catch (err) {
    const where = err instanceof ApiError ? err.body?.error.path : undefined;
    const message = err instanceof ApiError ? `${err.message}${where ? `（${where}）` : ''}` : String(err);
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
    const body: z.input<typeof SaveDocumentBody> = { doc: currentDoc(), mode: opts.mode, overwrite: opts.overwrite ?? false };
    if (opts.mode === 'save' && state.name === name && state.fileSavedAt !== null) body.expectedSavedAt = state.fileSavedAt;
    const r = await hubApi('saveDocument', { params: { name }, body });
    documentActions.saved(r.name, r.savedAt, version);
    if (state.draftKey !== r.name) void hubApi('discardDraft', { params: { key: state.draftKey } }).catch(() => undefined);
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
    const r = await hubApi('writeDraft', { params: { key }, body: { doc: currentDoc() } });
    documentActions.autosaved(r.savedAt);
  } catch {
    // The hub may be unreachable for a moment; the next tick tries again.
  }
}

export async function recoverDraft(d: RecoverableDraft): Promise<void> {
  try {
    const r = await hubApi('readDraft', { params: { key: d.key } });
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
  await hubApi('discardDraft', { params: { key } }).catch(fail);
}

export async function refreshRecoverable(): Promise<RecoverableDraft[]> {
  try {
    const drafts = await listDrafts();
    documentActions.setRecoverable(drafts.length);
    return drafts;
  } catch {
    return [];
  }
}
