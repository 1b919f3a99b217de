import { mapLike, mapMember, mapRoomUser, mapSocial } from './audience';
import { mapChat, mapQuestion } from './chat';
import type { TikTokMapContext, TikTokMapped } from './payload';
import { mapControl, mapEnvelope, mapNoFigure } from './room';
import { mapShopping } from './shopping';

export type { TikTokMapContext, TikTokMapped } from './payload';

/**
 * The events of tiktok-live-connector 2.4.0 (`WebcastEvent` names, dist/index.d.ts) LiveDeck
 * listens to, each with its mapping to a LiveEvent. Pure: no I/O, never throws.
 */
export const TIKTOK_MAPPERS = {
  chat: mapChat,
  questionNew: mapQuestion,
  member: mapMember,
  like: mapLike,
  follow: (p, ctx) => mapSocial('follow', p, ctx),
  share: (p, ctx) => mapSocial('share', p, ctx),
  social: (p, ctx) => mapSocial('social', p, ctx),
  roomUser: mapRoomUser,
  controlMessage: mapControl,
  envelope: mapEnvelope,
  oecLiveShopping: mapShopping,
  liveIntro: mapNoFigure('liveIntro'),
  gift: mapNoFigure('gift'),
} as const satisfies Record<string, (payload: unknown, ctx: TikTokMapContext) => TikTokMapped>;

export type TikTokEventName = keyof typeof TIKTOK_MAPPERS;
export const TIKTOK_EVENT_NAMES = Object.keys(TIKTOK_MAPPERS) as TikTokEventName[];

/** One library event → what LiveDeck makes of it. A mapper that throws anyway counts as unknown. */
export function mapTikTokEvent(name: TikTokEventName, payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  try {
    return TIKTOK_MAPPERS[name](payload, ctx);
  } catch {
    return { kind: 'unknown', reason: `${name}: unreadable payload` };
  }
}
