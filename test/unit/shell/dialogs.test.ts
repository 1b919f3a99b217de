import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_IPC_FILE_BYTES, OpenedFile, type FileFilter } from '../../../shared/protocol/ipc';
import { safeBaseName, withExtension, writeFileAtomic } from '../../../electron/shell/files';
import { dialogHandlers, FileTooLargeError, type DialogDeps } from '../../../electron/shell/ipc/dialogs.ipc';
import { OPEN_FILTERS } from '../../../electron/shell/ipc/fileFilters';
import { printHandlers, type PdfOptions } from '../../../electron/shell/ipc/print.ipc';

type Ev = { id: string };
const ev: Ev = { id: 'console' };
const dir = mkdtempSync(join(tmpdir(), 'livedeck-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeDialogs(picks: { open?: string | null; save?: string | null }, files: Record<string, Uint8Array> = {}) {
  const seen: { open?: { title: string; filters: FileFilter[] }; save?: { title: string; defaultPath: string; filters: FileFilter[] } } = {};
  const written: Record<string, Uint8Array> = {};
  const deps: DialogDeps<Ev> = {
    showOpenDialog: async (_e, o) => { seen.open = o; return picks.open ? { canceled: false, filePaths: [picks.open] } : { canceled: true, filePaths: [] }; },
    showSaveDialog: async (_e, o) => { seen.save = o; return picks.save ? { canceled: false, filePath: picks.save } : { canceled: true }; },
    fileSize: async (p) => files[p]?.length ?? 0,
    readFile: async (p) => files[p] ?? new Uint8Array(),
    writeFileAtomic: async (p, b) => { written[p] = b; },
    defaultDir: () => '/home/u/Documents',
    joinPath: (a, b) => `${a}/${b}`,
  };
  return { deps, seen, written };
}

describe('dialog:openFile', () => {
  it('returns the picked file as name + base64 with the filters for its kind', async () => {
    const bytes = new TextEncoder().encode('商品,价格\n口红,9900\n');
    const { deps, seen } = fakeDialogs({ open: '/data/商品表.csv' }, { '/data/商品表.csv': bytes });
    const result = await dialogHandlers(deps)['dialog:openFile']({ kind: 'catalog' }, ev);
    expect(result).toEqual({ name: '商品表.csv', bytesBase64: Buffer.from(bytes).toString('base64') });
    expect(OpenedFile.safeParse(result).success).toBe(true);
    expect(seen.open?.filters).toEqual(OPEN_FILTERS.catalog);
    expect(seen.open?.filters.flatMap((f) => f.extensions)).toEqual(expect.arrayContaining(['csv', 'xlsx']));
  });

  it('offers .livedeck.json for a run-of-show', async () => {
    const { deps, seen } = fakeDialogs({ open: null });
    await dialogHandlers(deps)['dialog:openFile']({ kind: 'runOfShow' }, ev);
    expect(seen.open?.filters[0]?.extensions).toEqual(['livedeck.json']);
  });

  it('returns null when cancelled', async () => {
    const { deps } = fakeDialogs({ open: null });
    await expect(dialogHandlers(deps)['dialog:openFile']({ kind: 'catalog' }, ev)).resolves.toBeNull();
  });

  it('refuses a file larger than the bridge carries', async () => {
    const { deps } = fakeDialogs({ open: '/big.xlsx' });
    deps.fileSize = async () => MAX_IPC_FILE_BYTES + 1;
    await expect(dialogHandlers(deps)['dialog:openFile']({ kind: 'catalog' }, ev)).rejects.toBeInstanceOf(FileTooLargeError);
  });
});

describe('dialog:saveFile', () => {
  it('suggests the name in the default folder and writes the decoded bytes where the user chose', async () => {
    const { deps, seen, written } = fakeDialogs({ save: '/home/u/Desktop/plan.livedeck.json' });
    const data = JSON.stringify({ title: '双11 美妆专场' });
    const path = await dialogHandlers(deps)['dialog:saveFile']({
      suggestedName: 'plan.livedeck.json',
      bytesBase64: Buffer.from(data).toString('base64'),
      filters: [{ name: 'LiveDeck', extensions: ['livedeck.json'] }],
    }, ev);
    expect(path).toBe('/home/u/Desktop/plan.livedeck.json');
    expect(seen.save?.defaultPath).toBe('/home/u/Documents/plan.livedeck.json');
    expect(Buffer.from(written['/home/u/Desktop/plan.livedeck.json']!).toString()).toBe(data);
  });

  it('writes nothing when cancelled', async () => {
    const { deps, written } = fakeDialogs({ save: null });
    await expect(dialogHandlers(deps)['dialog:saveFile']({ suggestedName: 'a.csv', bytesBase64: '', filters: [] }, ev)).resolves.toBeNull();
    expect(written).toEqual({});
  });
});

describe('print:toPdf', () => {
  it('prints the calling page with defaults, then saves it as .pdf', async () => {
    const printed: PdfOptions[] = [];
    const { deps, seen, written } = fakeDialogs({ save: '/out/review.pdf' });
    const handlers = printHandlers<Ev>({ ...deps, printToPdf: async (_e, o) => { printed.push(o); return new Uint8Array([37, 80, 68, 70]); } });
    await expect(handlers['print:toPdf']({ suggestedName: '复盘报告' }, ev)).resolves.toBe('/out/review.pdf');
    expect(printed).toEqual([{ landscape: false, pageSize: 'A4', printBackground: true }]);
    expect(seen.save?.defaultPath).toBe('/home/u/Documents/复盘报告.pdf');
    expect(seen.save?.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(Buffer.from(written['/out/review.pdf']!).toString()).toBe('%PDF');
  });
});

describe('file helpers', () => {
  it('makes base names safe to show', () => {
    expect(safeBaseName('/a/b/商品表.xlsx')).toBe('商品表.xlsx');
    expect(safeBaseName('/a/evil\u202Efdp.exe')).toBe('evil_fdp.exe');
    expect(safeBaseName('/a/b\u0007c.csv')).toBe('b_c.csv');
    expect(safeBaseName('/')).toBe('file');
    expect(safeBaseName(`/a/${'x'.repeat(500)}`)).toHaveLength(200);
  });

  it('appends an extension once', () => {
    expect(withExtension('report', 'pdf')).toBe('report.pdf');
    expect(withExtension('report.PDF', 'pdf')).toBe('report.PDF');
  });

  it('writes atomically and leaves no temp file behind', async () => {
    const target = join(dir, 'plan.livedeck.json');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['plan.livedeck.json']);
  });

  it('leaves the old file untouched when the write fails', async () => {
    const target = join(dir, 'missing-folder', 'x.json');
    await expect(writeFileAtomic(target, new Uint8Array([1]))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['plan.livedeck.json']);
  });
});
