import type { ImportIssue, ImportIssueCode, ImportIssueParams } from '../../../shared/protocol/catalogImport';
import type { PriceUnit } from './headers';

/** Result of reading one cell: a value, blank, or why it is wrong (a code the client words). */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; issue: ImportIssue };

const bad = (code: ImportIssueCode, params?: ImportIssueParams): { ok: false; issue: ImportIssue } =>
  ({ ok: false, issue: params ? { code, params } : { code } });

const MAX_FEN = 1e13;

function halfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/**
 * Price text → integer fen: "¥1,299.00", "99元", "１２９", " 59.9 ", "RMB 12", "1.2万".
 * Blank → undefined. Negative, more than two decimals, several numbers or stray text → error.
 * Numeric XLSX cells arrive as numbers (yuan, or fen when the header says "(分)").
 */
export function parsePrice(raw: string | number, unit: PriceUnit = 'yuan'): CellResult<number> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return bad('not_number');
    if (raw < 0) return bad('price_negative', { value: String(raw) });
    const fen = unit === 'fen' ? raw : raw * 100;
    const rounded = Math.round(fen);
    if (Math.abs(fen - rounded) > 1e-6 * Math.max(1, Math.abs(fen))) return bad('price_decimals', { value: String(raw) });
    if (rounded > MAX_FEN) return bad('price_too_large', { value: String(raw) });
    return { ok: true, value: rounded };
  }
  const spaced = halfWidth(raw).replace(/\u00a0/g, ' ').trim();
  const original = raw.trim().slice(0, 40);
  // Stray spaces around the number are fine ("¥ 59.9 元"); inside it ("12 34") they are not.
  if (/\d[\s,.]*\s[\s,.]*\d/.test(spaced)) return bad('price_unreadable', { value: original });
  let s = spaced.replace(/\s+/g, '');
  if (s === '' || s === '-' || s === '--' || s === '/') return { ok: true, value: undefined };
  if (s.startsWith('-')) return bad('price_negative', { value: original });
  s = s.replace(/^(rmb|cny|￥|¥|\$)/i, '').replace(/(元|块|rmb|cny)$/i, '');
  let multiplier = unit === 'fen' ? 1 : 100;
  if (s.endsWith('万')) { s = s.slice(0, -1); multiplier *= 10_000; }
  if (s.endsWith('分')) { s = s.slice(0, -1); multiplier = 1; }
  // Thousands separators must group by three: 1,299.00 yes, 12,99 no.
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return bad('price_unreadable', { value: original });
    s = s.replace(/,/g, '');
  }
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return bad('price_unreadable', { value: original });
  const intPart = m[1]!;
  let frac = m[2] ?? '';
  if (multiplier === 1 && frac.replace(/0+$/, '') !== '') return bad('price_fen_fraction', { value: original });
  const decimals = multiplier === 100 ? 2 : multiplier === 1 ? 0 : 6;
  frac = frac.replace(/0+$/, '');
  if (frac.length > decimals) return bad('price_decimals', { value: original });
  if (intPart.length > 13) return bad('price_too_large', { value: original });
  const value = Number(intPart) * multiplier + Math.round(Number(`0.${frac || '0'}`) * multiplier);
  if (!Number.isSafeInteger(value) || value > MAX_FEN) return bad('price_too_large', { value: original });
  return { ok: true, value };
}

/** Whole, non-negative count: "1,000", "１２", " 5 ", "5件". Blank → undefined. */
export function parseCount(raw: string | number): CellResult<number> {
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 0) return bad('count_not_integer', { value: String(raw) });
    if (raw > 1e9) return bad('count_too_large', { value: String(raw) });
    return { ok: true, value: raw };
  }
  let s = halfWidth(raw).replace(/[\s\u00a0]+/g, '');
  if (s === '' || s === '-' || s === '--' || s === '/') return { ok: true, value: undefined };
  s = s.replace(/(件|个|只|条|套|瓶|盒|双|包)$/, '');
  if (/^\d{1,3}(,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
  if (/^\d+\.0+$/.test(s)) s = s.replace(/\.0+$/, '');
  if (!/^\d+$/.test(s)) return bad('count_not_integer', { value: raw.trim().slice(0, 40) });
  const v = Number(s);
  if (v > 1e9) return bad('count_too_large', { value: s });
  return { ok: true, value: v };
}

/** Characters a spreadsheet treats as the start of a formula (CSV injection). */
const FORMULA_START = /^[=+@]|^-(?![\d.\s])/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text cell → trimmed text. Refuses formula-looking text (=cmd|' /C calc'!A0, +, @, -x): a catalog
 * row is never a formula, and such text would execute when someone opens an export in Excel.
 */
export function parseText(raw: string | number, max: number): CellResult<string> {
  if (typeof raw === 'number') return { ok: true, value: String(raw) };
  const s = raw.replace(INVISIBLE, '').trim();
  if (s === '') return { ok: true, value: undefined };
  if (FORMULA_START.test(s)) {
    return bad('formula_injection', { first: JSON.stringify(s[0]) });
  }
  if (CONTROL.test(s)) return bad('control_chars');
  if (s.length > max) return bad('text_too_long', { length: s.length, max });
  return { ok: true, value: s };
}
