import { ImportFileError } from './importError';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
// Node's TextDecoder (full ICU) covers every encoding the importer reads; no iconv-lite needed.
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const gb18030 = new TextDecoder('gb18030');

/** Share of C0 control characters (other than tab, CR, LF) — high in binary files. */
function controlRatio(text: string): number {
  const n = Math.min(text.length, 64 * 1024);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/**
 * Decodes a CSV's bytes. UTF-16 by BOM (Excel's "Unicode text"), UTF-8 with or without BOM when
 * the bytes are strictly valid UTF-8, otherwise GB18030 (a superset of GBK, what Excel on a Chinese
 * Windows writes). Binary content (NUL bytes, control characters) is refused.
 */
export function decodeText(buf: Buffer): DecodedText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: utf16le.decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: utf16be.decode(buf.subarray(2)), encoding: 'utf-16be' };
  const head = buf.subarray(0, 64 * 1024);
  if (head.includes(0)) throw new ImportFileError('unsupported', '文件不是文本格式的 CSV（包含二进制内容），请导入 CSV 或 XLSX / The file is binary, not a CSV or XLSX');
  let result: DecodedText;
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    try {
      result = { text: strictUtf8.decode(buf.subarray(3)), encoding: 'utf-8-bom' };
    } catch {
      throw new ImportFileError('corrupt', '文件标记为 UTF-8 但含有无效字节 / File has a UTF-8 BOM but invalid UTF-8 bytes');
    }
  } else {
    try {
      result = { text: strictUtf8.decode(buf), encoding: 'utf-8' };
    } catch {
      result = { text: gb18030.decode(buf), encoding: 'gb18030' };
    }
  }
  if (controlRatio(result.text) > 0.01) {
    throw new ImportFileError('unsupported', '文件内容无法识别为文本（乱码或二进制），请导入 CSV 或 XLSX / Unrecognisable content: not a text CSV');
  }
  return result;
}
