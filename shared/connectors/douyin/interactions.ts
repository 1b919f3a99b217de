import type { LiveEvent } from '../../protocol/events';
import type { MapContext } from './context';
import { clip, count, field, idField, isObject, text, userIdOf, type Json, type JsonObject } from './read';

/** Room-message groups of the 罗盘 message poll and the event each becomes. */
const GROUPS = {
  room_enter: 'viewer.enter',
  room_like: 'like',
  room_follow: 'follow',
  ecom_fansclub_participate: 'fanclub.join',
  /** 加入品牌会员: no LiveEvent type for it; read (so the shape is checked) and dropped. */
  subscribe_merchant_brand_vip: null,
} as const;
type Group = keyof typeof GROUPS;
const GROUP_NAMES = Object.keys(GROUPS) as Group[];

const MAX_LIKES = 100_000;

function interactionEvent(group: Group, item: Json, ctx: MapContext): LiveEvent | null {
  const type = GROUPS[group];
  if (type === null) return null;
  const id = idField(item, 'msg_id');
  if (!id || !isObject(item)) {
    ctx.skip();
    return null;
  }
  const nickname = clip(text(item, 'nick_name') ?? '', 200);
  const base = { id, platform: 'douyin' as const, roomId: ctx.roomId, ts: ctx.ts, userId: userIdOf(item, nickname) };
  switch (type) {
    case 'viewer.enter':
      return { ...base, type, ...(nickname ? { nickname } : {}) };
    case 'like': {
      // UNVERIFIED: the like count's field name; one like when absent.
      const n = count(item, 'like_count') ?? count(item, 'count') ?? 1;
      return { ...base, type, count: Math.min(MAX_LIKES, Math.max(1, n)) };
    }
    case 'follow':
    case 'fanclub.join':
      return { ...base, type };
  }
}

/**
 * The room-message groups of one `messages` object → viewer.enter / like / follow / fanclub.join events.
 * A group that is present but not a list (nor null) makes the whole response unknown (null).
 */
export function mapRoomMessages(messages: JsonObject, ctx: MapContext): LiveEvent[] | null {
  const out: LiveEvent[] = [];
  for (const group of GROUP_NAMES) {
    const list = field(messages, group);
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) return null;
    for (const item of list) {
      const ev = interactionEvent(group, item, ctx);
      if (ev) out.push(ev);
    }
  }
  return out;
}
