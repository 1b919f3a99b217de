// File-dialog filters per kind of document (pure). Labels are Chinese first, English in brackets.
import type { FileFilter, OpenFileKind } from '../../../shared/protocol/ipc';

export const OPEN_FILTERS: Record<OpenFileKind, FileFilter[]> = {
  catalog: [
    { name: '商品表 Catalog (CSV, XLSX)', extensions: ['csv', 'xlsx'] },
    { name: 'CSV', extensions: ['csv'] },
    { name: 'Excel', extensions: ['xlsx'] },
  ],
  runOfShow: [
    { name: '直播运行单 Run-of-show (.livedeck.json)', extensions: ['livedeck.json'] },
    // macOS matches only the last extension, so offer plain JSON too.
    { name: 'JSON', extensions: ['json'] },
  ],
};

export const OPEN_TITLES: Record<OpenFileKind, string> = {
  catalog: '导入商品表',
  runOfShow: '打开直播运行单',
};

export const PDF_FILTERS: FileFilter[] = [{ name: 'PDF', extensions: ['pdf'] }];
