import { z } from 'zod';
import { EpochMs } from './common';
import { RunOfShow } from './runOfShow';
import { UserLexicon } from './lexicon';

/**
 * The `.livedeck.json` show document (DESIGN §6): a versioned envelope around a RunOfShow plus
 * the producer's own lexicon additions. Older versions are migrated on read; a newer version
 * opens read-only; anything that fails validation is an error with the path of the bad field.
 *
 * Version history
 * - v1: `{ format, version: 1, savedAt: ISO-8601 string, show, allowList?: string[] }`
 * - v2: `{ format, version: 2, savedAt: epoch ms, show, lexicon?: { terms, allow } }`
 */
export const DOCUMENT_FORMAT = 'livedeck.show';
export const DOCUMENT_VERSION = 2;
export const DOCUMENT_EXTENSION = '.livedeck.json';

export { COMPLIANCE_CATEGORIES, ComplianceCategory, FindingSeverity, UserLexiconTerm, UserLexicon } from './lexicon';

export const ShowDocument = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(DOCUMENT_VERSION),
  savedAt: EpochMs,
  show: RunOfShow,
  lexicon: UserLexicon.optional(),
});
export type ShowDocument = z.infer<typeof ShowDocument>;

/** v1 envelope, kept only to migrate from. */
export const ShowDocumentV1 = z.object({
  format: z.literal(DOCUMENT_FORMAT),
  version: z.literal(1),
  savedAt: z.string().refine((s) => Number.isFinite(Date.parse(s)), 'savedAt must be an ISO-8601 date'),
  show: z.unknown(),
  allowList: z.array(z.string()).optional(),
});
export type ShowDocumentV1 = z.infer<typeof ShowDocumentV1>;

export interface DocumentError {
  /** Chinese first, then English. */
  message: string;
  /** Dotted path of the first bad field, e.g. `show.slots[3].plannedMinutes`; '' for the whole file. */
  path: string;
}

export type ParseDocumentResult =
  | { ok: true; doc: ShowDocument; readOnly: boolean; fileVersion: number; migratedFrom?: number }
  | { ok: false; error: DocumentError };

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n object into a version-(n+1) object. Pure, no validation. */
export const MIGRATIONS: Record<number, Migration> = {
  1: (raw) => {
    const v1 = ShowDocumentV1.parse(raw);
    const out: Record<string, unknown> = {
      format: DOCUMENT_FORMAT,
      version: 2,
      savedAt: Math.max(0, Math.trunc(Date.parse(v1.savedAt))),
      show: v1.show,
    };
    const allow = (v1.allowList ?? []).map((s) => s.trim()).filter((s) => s.length > 0);
    if (allow.length > 0) out.lexicon = { terms: [], allow: [...new Set(allow)] };
    return out;
  },
};

export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

function zodError(err: z.ZodError, prefix: readonly PropertyKey[] = []): DocumentError {
  const issue = err.issues[0];
  const path = formatIssuePath([...prefix, ...(issue?.path ?? [])]);
  const more = err.issues.length > 1 ? `（另有 ${err.issues.length - 1} 处 / +${err.issues.length - 1} more）` : '';
  const where = path || '(根 / root)';
  return {
    path,
    message: `文件内容无效：${where} 处 ${issue?.message ?? '格式错误'}${more} / Invalid document at ${where}: ${issue?.message ?? 'bad format'}`,
  };
}

const fail = (message: string, path = ''): ParseDocumentResult => ({ ok: false, error: { message, path } });

/**
 * Parses a `.livedeck.json` text: JSON → envelope check → migrations → schema. A file written
 * by a newer LiveDeck parses when its content still fits today's schema and comes back
 * `readOnly: true` (saving over it would drop what this version does not understand).
 */
export function parseDocument(text: string): ParseDocumentResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return fail(`不是有效的 JSON：${(err as Error).message} / Not valid JSON: ${(err as Error).message}`);
  }
  return parseDocumentValue(raw);
}

export function parseDocumentValue(raw: unknown): ParseDocumentResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('文件不是 LiveDeck 节目单（顶层应为对象） / Not a LiveDeck show document (top level must be an object)');
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== DOCUMENT_FORMAT) {
    return fail(`文件不是 LiveDeck 节目单（format 应为 "${DOCUMENT_FORMAT}"） / Not a LiveDeck show document (format must be "${DOCUMENT_FORMAT}")`, 'format');
  }
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('文件版本号无效 / Invalid document version', 'version');
  }
  if (version > DOCUMENT_VERSION) {
    const r = ShowDocument.safeParse({ ...obj, version: DOCUMENT_VERSION });
    if (!r.success) {
      const e = zodError(r.error);
      return fail(`此文件由更新版本的 LiveDeck 保存（v${version}），当前版本无法读取：${e.message} / Saved by a newer LiveDeck (v${version}) and not readable by this version`, e.path);
    }
    return { ok: true, doc: r.data, readOnly: true, fileVersion: version };
  }
  let cur: Record<string, unknown> = obj;
  for (let v = version; v < DOCUMENT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return fail(`不支持的旧版本 v${v} / Unsupported old version v${v}`, 'version');
    try {
      cur = step(cur);
    } catch (err) {
      if (err instanceof z.ZodError) return { ok: false, error: zodError(err) };
      return fail(`旧版本文件升级失败：${(err as Error).message} / Migration from v${v} failed`);
    }
  }
  const r = ShowDocument.safeParse(cur);
  if (!r.success) return { ok: false, error: zodError(r.error) };
  return version < DOCUMENT_VERSION
    ? { ok: true, doc: r.data, readOnly: false, fileVersion: version, migratedFrom: version }
    : { ok: true, doc: r.data, readOnly: false, fileVersion: version };
}

export function makeDocument(show: RunOfShow, savedAt: number, lexicon?: UserLexicon): ShowDocument {
  const doc: ShowDocument = { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, savedAt, show };
  if (lexicon && (lexicon.terms.length > 0 || lexicon.allow.length > 0)) doc.lexicon = lexicon;
  return doc;
}

/** Stable text form: two-space JSON with a trailing newline. */
export function serializeDocument(doc: ShowDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
