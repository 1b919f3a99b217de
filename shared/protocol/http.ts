import { z } from 'zod';
import { IMPORT_MAX_BYTES, ImportResult } from './catalogImport';
import { Role } from './common';
import { ShowDocument } from './document';
import { ReviewReport, ReviewSession } from './review';
import { RECORDING_MAX_BYTES, RecordingReview } from './recording';
import { NewSource, SourceAction, SourceHealth, SourceUpdate } from './source';
import { ControlIndex, ControlState } from './control';
import { AddWebhookBody, WebhookStatus } from './webhooks';
import { ActionRecord, KillSwitchBody } from './platformActions';

/**
 * The hub's HTTP API under /api, one entry per route: method, path (`:name` segments), the roles
 * allowed, the body (a zod schema for JSON, 'binary' for a raw upload, 'none') and the reply (a
 * zod schema for JSON, 'file' for a download). The hub's route tables are checked against it and
 * the renderer's one client (renderer/src/services/hubHttp.ts) calls it. Every call carries the
 * hub token (`authorization: Bearer …`) and the caller's role (`x-livedeck-role`).
 */

const READERS = ['assistant', 'producer'] as const satisfies readonly Role[];
const WRITERS = ['producer'] as const satisfies readonly Role[];
const EVERYONE = ['host', 'assistant', 'producer'] as const satisfies readonly Role[];
const MAX_DOC_BYTES = 16 * 1024 * 1024;
const ok = z.literal(true);

/** Every refusal: a code for the program, a message (Chinese / English) for people, sometimes more. */
export const ApiErrorReply = z.object({
  ok: z.literal(false),
  error: z.looseObject({ code: z.string(), message: z.string(), path: z.string().optional(), currentSavedAt: z.number().optional() }),
});
export type ApiErrorReply = z.infer<typeof ApiErrorReply>;

export const DocumentInfo = z.object({
  name: z.string(),
  title: z.string(),
  savedAt: z.number(),
  size: z.number(),
  mtimeMs: z.number(),
  status: z.enum(['ok', 'invalid', 'newer']),
  error: z.string().optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const RecentEntry = z.object({ name: z.string(), title: z.string(), openedAt: z.number() });
export type RecentEntry = z.infer<typeof RecentEntry>;

export const RecoverableDraft = z.object({
  /** Draft key: the document's name, or `未命名-…` for a show never saved. */
  key: z.string(),
  title: z.string(),
  draftSavedAt: z.number(),
  /** savedAt of the saved file with the same name, when there is one. */
  fileSavedAt: z.number().optional(),
});
export type RecoverableDraft = z.infer<typeof RecoverableDraft>;

/** A table the editor built for export (same rows as its CSV export); the hub only makes the XLSX. */
export const ExportSheet = z.object({
  name: z.string().min(1).max(31),
  /** First row = header. */
  rows: z.array(z.array(z.union([z.string().max(32_767), z.number()])).max(200)).max(100_000),
  /** Column widths in characters. */
  widths: z.array(z.number().min(1).max(200)).max(200).optional(),
});
export const ExportRequest = z.object({
  title: z.string().max(200),
  sheets: z.array(ExportSheet).min(1).max(10),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const SaveDocumentBody = z.object({
  doc: ShowDocument,
  mode: z.enum(['save', 'saveAs']).default('save'),
  overwrite: z.boolean().default(false),
  expectedSavedAt: z.number().int().min(0).optional(),
});
export const DraftBody = z.object({ doc: ShowDocument });

export const OpenDocumentReply = z.object({
  ok, name: z.string(), doc: ShowDocument, readOnly: z.boolean(), fileVersion: z.number(), migratedFrom: z.number().optional(),
});

/** Headers of POST /api/import besides the raw file body (values URI-encoded). */
export const IMPORT_HEADERS = { filename: 'x-filename', sheet: 'x-import-sheet', mapping: 'x-import-mapping' } as const;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type BodySpec = z.ZodType | 'none' | 'binary';
export type ReplySpec = z.ZodType | 'file';

export interface HttpRouteSpec {
  method: HttpMethod;
  path: `/api/${string}`;
  roles: readonly Role[];
  body: BodySpec;
  reply: ReplySpec;
  /** Largest accepted body; default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * 'handler': the hub checks the size only and hands the handler the raw JSON bytes, which it
   * validates against `body` off the live loop (a multi-MB body would block every console for
   * seconds while parsed and validated there). Clients send the same JSON either way.
   */
  validateIn?: 'handler';
}

export const RecordingInfo = z.object({ name: z.string(), size: z.number(), mtimeMs: z.number() });
export type RecordingInfo = z.infer<typeof RecordingInfo>;

/** Kinds of credential the tokens panel shows (join codes are shown where the hub prints them). */
export const CREDENTIAL_LINK_KINDS = ['ui', 'ingest', 'overlay', 'control'] as const;
export type CredentialLinkKind = (typeof CREDENTIAL_LINK_KINDS)[number];
/**
 * A credential as a ready link: ui → `${hub}/?token=T&role=R#/console|prompter|rundown`, ingest →
 * `${hub}/api/ingest?token=T`, overlay → `${hub}/?token=T#/overlay/question`, control →
 * `${hub}/api/control?token=T`. `role` is null for ingest and overlay.
 */
export const CredentialLink = z.object({ kind: z.enum(CREDENTIAL_LINK_KINDS), role: Role.nullable(), url: z.string() });
export type CredentialLink = z.infer<typeof CredentialLink>;
export const RotateCredentialBody = z.object({ kind: z.enum(CREDENTIAL_LINK_KINDS), role: Role.optional() });
export type RotateCredentialBody = z.infer<typeof RotateCredentialBody>;

/** Route order matters: the first whose method and path match answers (`recent` before `:name`). */
export const HTTP_API = {
  listDocuments: { method: 'GET', path: '/api/documents', roles: READERS, body: 'none', reply: z.object({ ok, files: z.array(DocumentInfo) }) },
  listRecent: { method: 'GET', path: '/api/documents/recent', roles: READERS, body: 'none', reply: z.object({ ok, recent: z.array(RecentEntry) }) },
  openDocument: { method: 'GET', path: '/api/documents/:name', roles: READERS, body: 'none', reply: OpenDocumentReply },
  saveDocument: {
    method: 'PUT', path: '/api/documents/:name', roles: WRITERS, body: SaveDocumentBody, maxBodyBytes: MAX_DOC_BYTES,
    reply: z.object({ ok, name: z.string(), savedAt: z.number() }),
  },
  listDrafts: { method: 'GET', path: '/api/autosave', roles: WRITERS, body: 'none', reply: z.object({ ok, drafts: z.array(RecoverableDraft) }) },
  readDraft: { method: 'GET', path: '/api/autosave/:key', roles: WRITERS, body: 'none', reply: z.object({ ok, doc: ShowDocument }) },
  writeDraft: {
    method: 'PUT', path: '/api/autosave/:key', roles: WRITERS, body: DraftBody, maxBodyBytes: MAX_DOC_BYTES,
    reply: z.object({ ok, key: z.string(), savedAt: z.number() }),
  },
  discardDraft: { method: 'DELETE', path: '/api/autosave/:key', roles: WRITERS, body: 'none', reply: z.object({ ok }) },
  exportXlsx: { method: 'POST', path: '/api/export/xlsx', roles: READERS, body: ExportRequest, reply: 'file', maxBodyBytes: MAX_DOC_BYTES, validateIn: 'handler' },
  importCatalog: { method: 'POST', path: '/api/import', roles: WRITERS, body: 'binary', reply: ImportResult, maxBodyBytes: IMPORT_MAX_BYTES },
  /** The role the caller's credential opens (the join screen: the role follows the code). */
  whoami: { method: 'GET', path: '/api/whoami', roles: EVERYONE, body: 'none', reply: z.object({ ok, role: Role }) },
  review: { method: 'GET', path: '/api/review', roles: READERS, body: 'none', reply: ReviewReport },
  reviewCsv: { method: 'GET', path: '/api/review.csv', roles: READERS, body: 'none', reply: 'file' },
  listSources: {
    method: 'GET', path: '/api/sources', roles: READERS, body: 'none',
    reply: z.object({ ok, sources: z.array(SourceHealth), ingestUrl: z.string() }),
  },
  /** `:action` is `start` or `stop`. */
  controlSource: {
    method: 'POST', path: '/api/sources/:id/:action', roles: WRITERS, body: 'none',
    reply: z.object({ ok, sources: z.array(SourceHealth) }),
  },
  /** Add a source (TikTok by unique id, a recording, the ingest door); it starts at once. */
  addSource: {
    method: 'POST', path: '/api/sources', roles: WRITERS, body: NewSource,
    reply: z.object({ ok, id: z.string(), sources: z.array(SourceHealth) }),
  },
  /** Recordings in the data folder's recordings/, newest first (the replay picker). */
  listRecordings: {
    method: 'GET', path: '/api/sources/recordings', roles: WRITERS, body: 'none',
    reply: z.object({ ok, files: z.array(RecordingInfo) }),
  },
  updateSource: {
    method: 'PUT', path: '/api/sources/:id', roles: WRITERS, body: SourceUpdate,
    reply: z.object({ ok, sources: z.array(SourceHealth) }),
  },
  removeSource: {
    method: 'DELETE', path: '/api/sources/:id', roles: WRITERS, body: 'none',
    reply: z.object({ ok, sources: z.array(SourceHealth) }),
  },
  /** Every credential's ready link (tokens & links panel): producer only. */
  listCredentials: {
    method: 'GET', path: '/api/credentials', roles: WRITERS, body: 'none',
    reply: z.object({ ok, links: z.array(CredentialLink) }),
  },
  /** Replace one credential's secret: the old one is refused from now on. Not the producer's own UI token (`own_credential`). */
  rotateCredential: {
    method: 'POST', path: '/api/credentials/rotate', roles: WRITERS, body: RotateCredentialBody,
    reply: z.object({ ok, link: CredentialLink }),
  },
  /**
   * Open a recording for 复盘: the body is the file (a HAR of the Douyin console, or a LiveDeck
   * JSONL recording; header `x-filename` URI-encoded). Answers its report (a recording against the
   * hub's show; a HAR against its catalog only) and what the file held; 422 with a
   * RECORDING_ERROR_CODES code when it is neither.
   */
  reviewOpen: { method: 'POST', path: '/api/review/open', roles: READERS, body: 'binary', reply: RecordingReview, maxBodyBytes: RECORDING_MAX_BYTES },
  /** Sessions the 复盘 can show: the current one, journaled earlier runs, recordings (issue 16). */
  reviewSessions: { method: 'GET', path: '/api/review/sessions', roles: READERS, body: 'none', reply: z.object({ ok, sessions: z.array(ReviewSession) }) },
  /** The report of one listed session (`:id` from reviewSessions; 'current' = GET /api/review). */
  reviewSession: { method: 'GET', path: '/api/review/sessions/:id', roles: READERS, body: 'none', reply: ReviewReport },
  /** One listed session's per-product table as CSV ('current' = GET /api/review.csv); 503 `building` while its report is built. */
  reviewSessionCsv: { method: 'GET', path: '/api/review/sessions/:id/csv', roles: READERS, body: 'none', reply: 'file' },
  /** 直播PK as CSV: both sessions' totals with B−A, the per-minute curves aligned by minutes since start, the matched products. */
  reviewCompareCsv: { method: 'GET', path: '/api/review/compare/:a/:b/csv', roles: READERS, body: 'none', reply: 'file' },
  /** Outgoing webhooks (issue 17; electron/hub/events/webhooks): list with status, add, remove, send a test delivery. */
  listWebhooks: { method: 'GET', path: '/api/webhooks', roles: WRITERS, body: 'none', reply: z.object({ ok, webhooks: z.array(WebhookStatus) }) },
  addWebhook: {
    method: 'POST', path: '/api/webhooks', roles: WRITERS, body: AddWebhookBody,
    reply: z.object({ ok, webhook: WebhookStatus, secret: z.string() }),
  },
  removeWebhook: { method: 'DELETE', path: '/api/webhooks/:id', roles: WRITERS, body: 'none', reply: z.object({ ok }) },
  testWebhook: { method: 'POST', path: '/api/webhooks/:id/test', roles: WRITERS, body: 'none', reply: z.object({ ok, webhook: WebhookStatus }) },
  /** A platform action (讲解 switch, reply/置顶) through the live source that supports it; the record carries the result. */
  platformAction: { method: 'POST', path: '/api/actions', roles: READERS, body: SourceAction, reply: z.object({ ok, record: ActionRecord }) },
  /** The kill switch: stop (on) or allow again (off) every platform action. */
  platformKill: { method: 'POST', path: '/api/actions/kill', roles: WRITERS, body: KillSwitchBody, reply: z.object({ ok, killed: z.boolean() }) },
} as const satisfies Record<string, HttpRouteSpec>;

export type HttpApi = typeof HTTP_API;
export type HttpRouteKey = keyof HttpApi;

type ParamNames<P extends string> =
  P extends `${string}:${infer N}/${infer R}` ? N | ParamNames<`/${R}`> : P extends `${string}:${infer N}` ? N : never;
/** `:name` segments of route K's path, decoded. */
export type HttpParams<K extends HttpRouteKey> = { [N in ParamNames<HttpApi[K]['path']>]: string };

/** The body the hub hands route K's handler (after parsing and defaults). */
export type HttpBody<K extends HttpRouteKey> = HttpApi[K] extends { validateIn: 'handler' } ? Uint8Array
  : HttpApi[K]['body'] extends z.ZodType ? z.output<HttpApi[K]['body']> : HttpApi[K]['body'] extends 'binary' ? Uint8Array : undefined;
/** The JSON body a client sends to route K (defaults may be left out); uploads send bytes instead. */
export type HttpBodyInput<K extends HttpRouteKey> = HttpApi[K]['body'] extends z.ZodType ? z.input<HttpApi[K]['body']> : undefined;
/** Routes whose body is a raw file upload. */
export type UploadRouteKey = { [K in HttpRouteKey]: HttpApi[K]['body'] extends 'binary' ? K : never }[HttpRouteKey];
/** Route K's JSON reply (never for file downloads). */
export type HttpReply<K extends HttpRouteKey> = HttpApi[K]['reply'] extends z.ZodType ? z.output<HttpApi[K]['reply']> : never;
export type JsonRouteKey = { [K in HttpRouteKey]: HttpApi[K]['reply'] extends z.ZodType ? K : never }[HttpRouteKey];
export type FileRouteKey = Exclude<HttpRouteKey, JsonRouteKey>;

/** The URL of route K with its `:name` segments filled in (URI-encoded). */
export function httpPath<K extends HttpRouteKey>(key: K, params: HttpParams<K>): string {
  const values = params as Record<string, string>;
  return HTTP_API[key].path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/**
 * The ingest door (issue 12): any capture tool, script or bot posts events here. Authorised by the
 * INGEST token (`?token=` or `authorization: Bearer`), never the UI token, so it is answered before
 * the /api dispatcher of HTTP_API (electron/hub/ingest/ingestHttp.ts). POST: NDJSON, one LiveEvent a
 * line; bodies over INGEST_MAX_BYTES get 413 and nothing is applied. GET schema: the JSON Schema.
 * The WebSocket variant (socket.io namespace INGEST_NAMESPACE, event `events`) answers the same reply.
 */
export const INGEST_MAX_BYTES = 4 * 1024 * 1024;
/** Most rejected lines named one by one in a reply; `rejectedMore` counts the rest. */
export const INGEST_MAX_NAMED_REJECTS = 1000;
export const INGEST_NAMESPACE = '/ingest';
export const INGEST_API = {
  ingest: { method: 'POST', path: '/api/ingest' },
  schema: { method: 'GET', path: '/api/ingest/schema' },
} as const satisfies Record<string, { method: HttpMethod; path: `/api/${string}` }>;
export const IngestReply = z.object({
  accepted: z.number().int().min(0),
  duplicates: z.number().int().min(0),
  /** 1-based line numbers (or message item numbers) and why each was refused. */
  rejected: z.array(z.object({ line: z.number().int().min(1), error: z.string() })),
  rejectedMore: z.number().int().min(1).optional(),
});
export type IngestReply = z.infer<typeof IngestReply>;

/**
 * The control door (issue 17; electron/hub/control): Stream Deck / Companion, clickers, scripts.
 * Authorised by a CONTROL credential (`authorization: Bearer …` or `?token=`; its role is the
 * credential's), never a UI, overlay or ingest one, so it is answered before the /api dispatcher of
 * HTTP_API. `action` is one of CONTROL_ACTIONS (shared/protocol/control.ts); an action accepts an
 * `Idempotency-Key` header and replies with the new state (ControlState, with `action`).
 * `events` (Server-Sent Events of RoomEvent, shared/protocol/roomEvents.ts) also takes an OVERLAY
 * credential; `?types=on_air,comment` narrows it.
 */
export const CONTROL_API = {
  index: { method: 'GET', path: '/api/control', reply: ControlIndex },
  state: { method: 'GET', path: '/api/control/state', reply: ControlState },
  action: { method: 'POST', path: '/api/control/:action', reply: ControlState },
  events: { method: 'GET', path: '/api/events', reply: 'text/event-stream' },
} as const satisfies Record<string, { method: HttpMethod; path: `/api/${string}`; reply: z.ZodType | 'text/event-stream' }>;
