import { describe, expect, it } from 'vitest';
import { SafeFileName, SaveFileArgs } from '../../../shared/protocol/ipc';
import { isWindowsReservedName, safeFileName } from '../../../shared/text/fileName';
import { exportFileName } from '../../../renderer/src/views/rundown/model/exportTable';
import { reportFileName } from '../../../renderer/src/views/review/exportReport';

describe('safeFileName', () => {
  it('replaces path separators, reserved and control characters', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(safeFileName('line1\nline2\u0007')).toBe('line1 line2');
    expect(safeFileName('evil\u202Efdp.exe', { replacement: '_' })).toBe('evil_fdp.exe');
  });

  it('removes every bidi control (U+200E/200F, U+202A–202E, U+2066–2069)', () => {
    for (const c of ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(safeFileName(`报告${c}fdp.exe`)).toBe('报告 fdp.exe');
    }
  });

  it('never returns an empty, dot or Windows device name, and caps by code points', () => {
    expect(safeFileName('  ')).toBe('file');
    expect(safeFileName('..', { fallback: 'x' })).toBe('x');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(isWindowsReservedName('COM1')).toBe(true);
    const capped = safeFileName('😀'.repeat(300), { maxLength: 100 });
    expect(Array.from(capped)).toHaveLength(100);
    expect(capped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('always yields a name the IPC SafeFileName schema accepts', () => {
    for (const s of ['秋冬\u202E专场', ' /../etc/passwd ', '\u2066\u2069', 'a'.repeat(500), 'con', '.']) {
      expect(SafeFileName.safeParse(safeFileName(s)).success).toBe(true);
    }
  });
});

describe('export file names', () => {
  it('cleans a rundown title with U+202E instead of failing the IPC schema', () => {
    const name = exportFileName('双11\u202Evsc.exe 专场', 'csv');
    expect(name).toBe('双11 vsc.exe 专场.csv');
    expect(SaveFileArgs.safeParse({ suggestedName: name, bytesBase64: '', filters: [] }).success).toBe(true);
  });

  it('names a review report after the cleaned title and the start time', () => {
    const at = new Date(2024, 10, 8, 20, 0).getTime();
    expect(reportFileName('秋冬/女装\u2067专场', at)).toBe('复盘-秋冬 女装 专场-20241108-2000');
    expect(reportFileName('\u202E', at)).toBe('复盘-livedeck-20241108-2000');
  });
});
