import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AutosaveStore } from '../../../electron/hub/documents/autosave';
import { DocumentStore } from '../../../electron/hub/documents/documentStore';
import { documentName } from '../../../electron/hub/documents/names';
import { RecentList } from '../../../electron/hub/documents/recent';
import { DOCUMENT_VERSION, makeDocument, serializeDocument } from '../../../shared/protocol/document';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import sample from '../../../assets/sample-show.json';

const show = RunOfShow.parse(sample);
const docTitled = (title: string) => makeDocument({ ...show, title }, 0);

let dir: string;
let store: DocumentStore;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'livedeck-docs-'));
  store = new DocumentStore(dir);
  await store.init();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('DocumentStore', () => {
  it('saves under <dataDir>/shows and opens the same show back', async () => {
    const r = await store.save('秋冬女装专场', docTitled('A'), { now: () => 1000 });
    expect(r).toEqual({ ok: true, name: '秋冬女装专场', savedAt: 1000 });
    expect(readdirSync(join(dir, 'shows'))).toEqual(['秋冬女装专场.livedeck.json']);
    const o = await store.open('秋冬女装专场.livedeck.json');
    expect(o).toMatchObject({ ok: true, readOnly: false, name: '秋冬女装专场' });
    if (o.ok) expect(o.doc.show).toEqual({ ...show, title: 'A' });
    expect((await store.list()).map((f) => [f.name, f.title, f.status])).toEqual([['秋冬女装专场', 'A', 'ok']]);
  });

  it('refuses names that could leave the shows folder', async () => {
    for (const bad of ['../x', 'a/b', '..', '.hidden', 'CON', 'a\\b', '', 'x'.repeat(101)]) {
      expect(documentName(bad)).toBeNull();
      expect((await store.save(bad, docTitled('A'))).ok).toBe(false);
    }
  });

  it('never overwrites a file that fails to validate, and says to use Save As', async () => {
    const path = join(dir, 'shows', '坏文件.livedeck.json');
    writeFileSync(path, '{"format":"livedeck.show","version":2,"savedAt":1,"show":{"id":"x"}}');
    const before = readFileSync(path, 'utf8');
    const r = await store.save('坏文件', docTitled('B'));
    expect(r).toMatchObject({ ok: false, code: 'invalid_on_disk' });
    if (!r.ok) expect(r.message).toContain('另存为');
    expect(readFileSync(path, 'utf8')).toBe(before);
    const o = await store.open('坏文件');
    expect(o).toMatchObject({ ok: false, code: 'invalid' });
    if (!o.ok) expect(o.error.path).toBe('show.title');
    expect((await store.list())[0]).toMatchObject({ name: '坏文件', status: 'invalid' });
  });

  it('opens a newer-version file read-only and refuses to save over it', async () => {
    const path = join(dir, 'shows', '新版本.livedeck.json');
    writeFileSync(path, JSON.stringify({ ...makeDocument(show, 5), version: DOCUMENT_VERSION + 3 }));
    expect(await store.open('新版本')).toMatchObject({ ok: true, readOnly: true, fileVersion: DOCUMENT_VERSION + 3 });
    expect(await store.save('新版本', docTitled('C'))).toMatchObject({ ok: false, code: 'read_only' });
  });

  it('Save As refuses an existing name unless told to overwrite', async () => {
    await store.save('A', docTitled('1'));
    expect(await store.save('A', docTitled('2'), { mode: 'saveAs' })).toMatchObject({ ok: false, code: 'exists' });
    expect(await store.save('A', docTitled('2'), { mode: 'saveAs', overwrite: true })).toMatchObject({ ok: true });
  });

  it('detects a file saved by someone else since it was opened; savedAt only grows', async () => {
    const first = await store.save('A', docTitled('1'), { now: () => 5000 });
    const second = await store.save('A', docTitled('2'), { now: () => 4000, expectedSavedAt: first.ok ? first.savedAt : -1 });
    expect(second).toEqual({ ok: true, name: 'A', savedAt: 5001 });
    expect(await store.save('A', docTitled('3'), { expectedSavedAt: 5000 })).toMatchObject({ ok: false, code: 'changed_on_disk', currentSavedAt: 5001 });
  });

  it('serialises concurrent saves of one file (last one wins, file always valid)', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save('A', docTitled(`v${i}`))));
    const o = await store.open('A');
    expect(o.ok && o.doc.show.title).toBe('v19');
    expect(readdirSync(join(dir, 'shows')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('AutosaveStore and recovery', () => {
  it('lists a draft newer than its saved file, or without one, and hides stale drafts', async () => {
    const drafts = new AutosaveStore(dir, store);
    await store.save('已保存', docTitled('saved'), { now: () => 1000 });
    await drafts.write('已保存', docTitled('edited'), 2000);
    await drafts.write('未命名-abc', docTitled('never saved'), 3000);
    await store.save('旧草稿', docTitled('newer file'), { now: () => 9000 });
    await drafts.write('旧草稿', docTitled('older draft'), 8000);
    expect(await drafts.listRecoverable()).toEqual([
      { key: '未命名-abc', title: 'never saved', draftSavedAt: 3000 },
      { key: '已保存', title: 'edited', draftSavedAt: 2000, fileSavedAt: 1000 },
    ]);
    expect((await drafts.read('已保存'))?.show.title).toBe('edited');
    await drafts.discard('已保存');
    expect((await drafts.listRecoverable()).map((d) => d.key)).toEqual(['未命名-abc']);
  });
});

describe('RecentList', () => {
  it('keeps the newest first, without duplicates, at most 12', async () => {
    const recent = new RecentList(dir);
    for (let i = 0; i < 15; i++) await recent.touch(`doc${i}`, `T${i}`, i);
    await recent.touch('doc3', 'T3 again', 100);
    const list = await recent.list();
    expect(list).toHaveLength(12);
    expect(list[0]).toEqual({ name: 'doc3', title: 'T3 again', openedAt: 100 });
    expect(new Set(list.map((e) => e.name)).size).toBe(12);
  });

  it('survives a corrupt recent.json', async () => {
    writeFileSync(join(dir, 'recent.json'), 'garbage');
    expect(await new RecentList(dir).list()).toEqual([]);
  });
});

it('serialised documents are what parseDocument expects (sanity for the crash test)', () => {
  expect(serializeDocument(makeDocument(show, 1)).endsWith('}\n')).toBe(true);
});
