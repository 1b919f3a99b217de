import { readFile } from 'node:fs/promises';
import { lintShow, lintText, printedLineNumbers, type Finding } from '../../../shared/domain/compliance';
import { complianceCategoryLabel, findingLegalBasis, findingReason } from '../../../shared/i18n/compliance';
import { parseDocumentValue, type UserLexicon } from '../../../shared/protocol/document';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import type { CliIo } from '../io';
import { parseFlags, UsageError } from '../io';

const USAGE = 'usage: livedeck lint FILE [--lang zh-CN|en]   (a .livedeck.json document, a RunOfShow JSON, or UTF-8 text)';

interface OutLine { line: number; start: number; end: number; text: string; rule: string; severity: 'error' | 'warning'; finding: Finding }

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `livedeck lint FILE` — one JSON object per finding per line:
 * `{"line": n, "start": i, "end": j, "text": "…", "rule": "…", "severity": "error|warning"}`.
 *
 * - Plain text: `line` is the file's line (1-based), start/end are UTF-16 offsets in that line.
 *   Without product data, price claims that need checking come out as warnings.
 * - A show (`.livedeck.json` or a bare RunOfShow JSON): lines are those of the printed
 *   run-of-show defined in shared/domain/compliance/showLines.ts — title, then per slot a header
 *   line and, for the mechanism and each non-empty talking-point section, a 【label】 line followed
 *   by the text's lines verbatim; price claims are checked against each slot's product.
 *
 * `--lang zh-CN|en` adds the worded `category`, `reason` and `legalBasis` (shared/i18n/compliance.ts).
 *
 * Exit 1 when any finding is an error, 0 otherwise, 2 when the input cannot be read.
 */
export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positionals } = parseFlags(args, ['lang']);
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  const lang = flags.lang;
  if (lang !== undefined && lang !== 'zh-CN' && lang !== 'en') throw new UsageError(USAGE);
  let text: string;
  try {
    const buf = await readFile(file);
    text = strictUtf8.decode(buf);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    io.stderr.write(`livedeck lint: ${file}: ${e.code === 'ENOENT' ? '文件不存在 / no such file' : e instanceof TypeError ? '不是 UTF-8 文本 / not UTF-8 text' : e.message}\n`);
    return 2;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let out: OutLine[];
  const trimmed = text.trimStart();
  const looksJson = /\.json$/i.test(file) || trimmed.startsWith('{');
  if (looksJson) {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      if (/\.json$/i.test(file)) {
        io.stderr.write(`livedeck lint: ${file}: 不是有效的 JSON / invalid JSON: ${(err as Error).message}\n`);
        return 2;
      }
      raw = undefined;
    }
    if (raw === undefined) out = lintPlain(text);
    else {
      const shown = toShow(raw);
      if (!shown.ok) {
        io.stderr.write(`livedeck lint: ${file}: ${shown.error}\n`);
        return 2;
      }
      const findings = lintShow(shown.show, shown.lexicon);
      const lines = printedLineNumbers(shown.show, findings);
      out = findings.map((f, i) => ({ line: lines[i]!, start: f.lineStart, end: f.lineEnd, text: f.text, rule: f.rule, severity: f.severity, finding: f }));
    }
  } else out = lintPlain(text);

  for (const o of out) {
    const base = { line: o.line, start: o.start, end: o.end, text: o.text, rule: o.rule, severity: o.severity };
    const worded = lang ? { ...base, category: complianceCategoryLabel(lang, o.finding.category), reason: findingReason(lang, o.finding), legalBasis: findingLegalBasis(lang, o.finding) } : base;
    io.stdout.write(`${JSON.stringify(worded)}\n`);
  }
  return out.some((o) => o.severity === 'error') ? 1 : 0;
}

function lintPlain(text: string): OutLine[] {
  const out: OutLine[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const f of lintText(line)) out.push({ line: i + 1, start: f.start, end: f.end, text: f.text, rule: f.rule, severity: f.severity, finding: f });
  });
  return out;
}

function toShow(raw: unknown): { ok: true; show: RunOfShow; lexicon?: UserLexicon } | { ok: false; error: string } {
  if (typeof raw === 'object' && raw !== null && 'format' in raw) {
    const r = parseDocumentValue(raw);
    if (!r.ok) return { ok: false, error: `${r.error.message}${r.error.path ? ` (${r.error.path})` : ''}` };
    return r.doc.lexicon ? { ok: true, show: r.doc.show, lexicon: r.doc.lexicon } : { ok: true, show: r.doc.show };
  }
  const s = RunOfShow.safeParse(raw);
  if (!s.success) {
    const issue = s.error.issues[0];
    return { ok: false, error: `既不是 LiveDeck 文档也不是节目单 JSON：${issue?.path.join('.') ?? ''} ${issue?.message ?? ''} / neither a LiveDeck document nor a RunOfShow` };
  }
  return { ok: true, show: s.data };
}
