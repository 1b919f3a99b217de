import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportXlsxInWorker } from '../../../electron/hub/workers/exportJob';
import type { ExportRequest } from '../../../shared/protocol/http';

describe('XLSX export in the worker', () => {
  it('round-trips every cell of several sheets sent in many chunks, strings never formulas', async () => {
    const big = Array.from({ length: 400 }, (_, r) => Array.from({ length: 120 }, (_, c) => (r === 0 ? `列${c}` : c % 3 ? r * 1000 + c : `r${r}c${c}`)));
    big[1]![0] = "=cmd|' /C calc'!A0";
    const req: ExportRequest = {
      title: '节目单',
      sheets: [
        { name: '节目单', rows: [['序号', '话术'], [1, '很长很长的一句话术，超过二十个字符，应当自动换行显示的']], widths: [6, 40] },
        { name: '大表', rows: big },
        { name: '节目单', rows: [['空']] },
      ],
    };
    const out = await exportXlsxInWorker(Buffer.from(JSON.stringify(req)));
    if (!out.ok) throw new Error(out.code);
    const wb = new ExcelJS.Workbook();
    expect(out.value.title).toBe('节目单');
    await wb.xlsx.load(out.value.bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['节目单', '大表', '节目单_2']);
    const first = wb.getWorksheet('节目单')!;
    expect(first.getColumn(2).width).toBe(40);
    expect(first.getRow(1).font?.bold).toBe(true);
    expect(first.getCell('B2').alignment?.wrapText).toBe(true);
    const sheet = wb.getWorksheet('大表')!;
    const back: unknown[][] = [];
    sheet.eachRow((row) => { back.push((row.values as unknown[]).slice(1)); });
    expect(back).toEqual(big);
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A2').value).toBe("=cmd|' /C calc'!A0");
  });

  it('validates the request in the worker: bad JSON and a bad field are `invalid`, naming the field', async () => {
    const notJson = await exportXlsxInWorker(Buffer.from('{"title":'));
    expect(notJson).toMatchObject({ ok: false, code: 'invalid' });
    const badField = await exportXlsxInWorker(Buffer.from(JSON.stringify({ title: 'x', sheets: [{ name: 's', rows: 'no' }] })));
    expect(badField.ok).toBe(false);
    if (!badField.ok) {
      expect(badField.code).toBe('invalid');
      expect(badField.message).toContain('sheets.0.rows');
    }
  });
});
