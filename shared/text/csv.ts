export type CsvCell = string | number | null | undefined;

// A cell a spreadsheet would read as a formula (CSV injection): =, +, -, @, tab, CR.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell that Excel shows as text and never evaluates; quoted when it holds a comma, quote or line break. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const safe = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows → CSV for Excel: CRLF line ends (one after the last row too) and, by default, a UTF-8 BOM
 * so Chinese opens correctly.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\ufeff'}${body}\r\n`;
}
