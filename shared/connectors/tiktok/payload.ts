import { LiveEvent } from '../../protocol/events';

/**
 * Reading the decoded TikTok LIVE messages that tiktok-live-connector 2.4.0 emits (protobuf
 * messages of tiktok-live-proto 0.2.3, decoded by ts-proto: 64-bit integers arrive as decimal
 * strings, absent sub-messages as undefined). The payload is untrusted: every read checks its
 * type, and a payload without the fields a mapping needs is `unknown`, never a throw.
 */

/** What became of one library event: a LiveEvent, nothing by design (`ignored`), or an unreadable payload (`unknown`). */
export type TikTokMapped =
  | { kind: 'event'; event: LiveEvent }
  | { kind: 'ignored' }
  | { kind: 'unknown'; reason: string };

/** What every mapping needs besides the payload: the LiveDeck room the events go to, and the hub's clock. */
export interface TikTokMapContext {
  roomId: string;
  now: () => number;
}

export const ignored: TikTokMapped = { kind: 'ignored' };
export const unknown = (reason: string): TikTokMapped => ({ kind: 'unknown', reason });

type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
export const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
/** A count the proto gives as a number or a decimal string (int64); null when neither. */
export const count = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,15}$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};

/** The fields of `common` (CommonMessageData) a LiveEvent needs: the message id and its time. */
export interface Common { msgId: string; ts: number }

/** `common.msgId` and `common.createTime` (ms; the hub's clock when absent). Null without a message id. */
export function readCommon(payload: unknown, ctx: TikTokMapContext): Common | null {
  const common = obj(obj(payload)?.common);
  const msgId = str(common?.msgId);
  if (!msgId) return null;
  const created = count(common?.createTime);
  return { msgId, ts: created && created > 0 ? created : ctx.now() };
}

/** A viewer (proto User): its numeric id (or @handle) and nickname, capped to what a LiveEvent takes. */
export function readUser(v: unknown): { userId: string; nickname: string } | null {
  const user = obj(v);
  const userId = str(user?.id) ?? str(user?.displayId);
  if (!userId) return null;
  return { userId, nickname: (str(user?.nickname) ?? str(user?.displayId) ?? '').slice(0, 200) };
}

/** The LiveEvent fields every mapping fills the same way. */
export const base = (c: Common, ctx: TikTokMapContext) => ({ id: c.msgId, platform: 'tiktok' as const, roomId: ctx.roomId, ts: c.ts });

/** The event, if it is a valid LiveEvent (ids with control characters, out-of-range counts… are `unknown`). */
export function checked(candidate: unknown): TikTokMapped {
  const r = LiveEvent.safeParse(candidate);
  return r.success ? { kind: 'event', event: r.data } : unknown(`not a LiveEvent (${r.error.issues[0]?.path.join('.') ?? ''})`);
}
