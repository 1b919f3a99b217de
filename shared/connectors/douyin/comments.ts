import type { LiveEvent } from '../../protocol/events';
import type { FamilyResult, MapContext } from './context';
import { mapRoomMessages } from './interactions';
import { clip, field, idField, isObject, listField, text, userIdOf, type Json } from './read';

/** Longest comment text / nickname kept (the LiveEvent schema's bounds; the hub sanitises further). */
const MAX_TEXT = 100_000;
const MAX_NICK = 200;

/**
 * One comment item → a `comment` event. Fields: `msg_id` (罗盘) or `comment_id` (百应) = the platform's
 * message id; `nick_name` (often masked, 用户***, kept as shown); `content`; `user_id` when present.
 */
export function commentEvent(item: Json, ctx: MapContext): LiveEvent | null {
  const id = idField(item, 'msg_id') ?? idField(item, 'comment_id');
  const content = text(item, 'content');
  if (!id || content === undefined) {
    ctx.skip();
    return null;
  }
  const nickname = clip(text(item, 'nick_name') ?? '', MAX_NICK);
  return {
    id, platform: 'douyin', roomId: ctx.roomId, ts: ctx.ts, type: 'comment',
    userId: userIdOf(item, nickname), nickname, text: clip(content, MAX_TEXT),
  };
}

/** 百应 中控台 comment poll: `{ data: { comment_infos: [{ comment_id, nick_name, content }] } }`. */
export function mapBuyinCommentInfo(body: Json, ctx: MapContext): FamilyResult {
  const data = field(body, 'data');
  if (!isObject(data)) return null;
  const items = listField(data, 'comment_infos');
  if (items === undefined) return null;
  const out: LiveEvent[] = [];
  for (const item of items ?? []) {
    const ev = commentEvent(item, ctx);
    if (ev) out.push(ev);
  }
  return out;
}

/**
 * 罗盘 大屏 message poll: `{ data: { messages: { comment: [...] | null, room_enter?: [...], room_like?: [...],
 * room_follow?: [...], ecom_fansclub_participate?: [...], subscribe_merchant_brand_vip?: [...] } } }`.
 * Comments and room messages arrive in one response; the room messages are read by interactions.ts.
 */
export function mapCompassMessages(body: Json, ctx: MapContext): FamilyResult {
  const data = field(body, 'data');
  if (!isObject(data)) return null;
  const messages = field(data, 'messages');
  if (messages === null) return [];
  if (!isObject(messages)) return null;
  const comments = listField(messages, 'comment');
  if (comments === undefined && field(messages, 'comment') !== undefined) return null;
  const out: LiveEvent[] = [];
  for (const item of comments ?? []) {
    const ev = commentEvent(item, ctx);
    if (ev) out.push(ev);
  }
  const rest = mapRoomMessages(messages, ctx);
  if (rest === null) return null;
  return out.concat(rest);
}
