import { MAX_LIKES } from './limits';
import { base, checked, count, ignored, obj, readCommon, readUser, unknown, type TikTokMapContext, type TikTokMapped } from './payload';

/** MemberMessageAction of tiktok-live-proto: 1 joined, 3 subscribed. */
const MEMBER_SUBSCRIBED = 3;

/** `member` (WebcastMemberMessage: common, user, action) → a viewer entering; a subscription notice is not an entry. */
export function mapMember(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const user = readUser(obj(payload)?.user);
  if (!c || !user) return unknown('member without msgId or user');
  if (obj(payload)?.action === MEMBER_SUBSCRIBED) return ignored;
  return checked({ ...base(c, ctx), type: 'viewer.enter', userId: user.userId, ...(user.nickname ? { nickname: user.nickname } : {}) });
}

/** `like` (WebcastLikeMessage: common, user, count = likes in this message) → likes. */
export function mapLike(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const user = readUser(obj(payload)?.user);
  const n = count(obj(payload)?.count);
  if (!c || !user || !n) return unknown('like without msgId, user or a count');
  return checked({ ...base(c, ctx), type: 'like', userId: user.userId, count: Math.min(n, MAX_LIKES) });
}

/**
 * The library splits WebcastSocialMessage by `common.displayText.key`: `follow` and `share` events;
 * the rest arrives as `social` (other social notices), which carries no figure LiveDeck keeps.
 */
export function mapSocial(kind: 'follow' | 'share' | 'social', payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const user = readUser(obj(payload)?.user);
  if (!c || !user) return unknown(`${kind} without msgId or user`);
  if (kind === 'social') return ignored;
  return checked({ ...base(c, ctx), type: kind, userId: user.userId });
}

/** `roomUser` (WebcastRoomUserSeqMessage: common, total = online now, totalUser = viewers so far) → viewer stats. */
export function mapRoomUser(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const online = count(obj(payload)?.total);
  if (!c || online === null) return unknown('roomUser without msgId or total');
  const total = count(obj(payload)?.totalUser) ?? 0;
  return checked({ ...base(c, ctx), type: 'viewer.stats', online, totalViewers: Math.max(total, 0) });
}
