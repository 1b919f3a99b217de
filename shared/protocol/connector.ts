import { z } from 'zod';
import { ActionResult, SourceActionKind, type SourceAction } from './source';

/**
 * A platform connector running outside the hub (`livedeck connect douyin`, the Electron console
 * window) on the ingest door's socket.io namespace (INGEST_NAMESPACE, ingest token). It says
 * `hello` once (which platform, which actions it can do); its `events` then feed its own managed
 * source (id = its kind) instead of the ingest source; `status` reports whether the page is
 * logged in and reading, and how many responses it could not read. The hub sends `action`
 * (one SourceAction; the ack is the page's ActionResult).
 */
export const CONNECTOR_KINDS = ['douyin'] as const;
export const ConnectorKind = z.enum(CONNECTOR_KINDS);
export type ConnectorKind = z.infer<typeof ConnectorKind>;

export const ConnectorHello = z.object({
  kind: ConnectorKind,
  actions: z.array(SourceActionKind).max(8),
});
export type ConnectorHello = z.infer<typeof ConnectorHello>;

export const ConnectorStatus = z.object({
  /** Logged in and reading the room's responses. */
  live: z.boolean(),
  /** Responses of known endpoints it could not read so far (cumulative). */
  unparsed: z.number().int().min(0),
});
export type ConnectorStatus = z.infer<typeof ConnectorStatus>;

/**
 * `productIds`: the show's product ids at hello time, so the connector can tell a shop product the
 * show knows (same id, as the catalog import reads it) from one it does not (`dy:<shop id>`).
 */
export const HelloReply = z.union([
  z.object({ ok: z.literal(true), sourceId: z.string(), productIds: z.array(z.string()).max(10_000) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type HelloReply = z.infer<typeof HelloReply>;

/** What the hub sends a connector on the ingest namespace. */
export interface ConnectorServerToClient {
  action: (action: SourceAction, ack: (result: ActionResult) => void) => void;
}
/** What a connector sends the hub on the ingest namespace (besides `events`, the ingest door's own message). */
export interface ConnectorClientToServer {
  hello: (hello: ConnectorHello, ack: (reply: HelloReply) => void) => void;
  status: (status: ConnectorStatus) => void;
  events: (payload: unknown, ack: (reply: unknown) => void) => void;
}
