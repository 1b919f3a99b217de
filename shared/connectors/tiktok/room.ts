import { base, checked, ignored, obj, readCommon, str, unknown, type TikTokMapContext, type TikTokMapped } from './payload';

/** ControlAction of tiktok-live-proto: 3 stream ended, 4 stream suspended (the library emits `streamEnd` for both). */
const STREAM_ENDED = new Set([3, 4]);

/**
 * `controlMessage` (WebcastControlMessage: common, action) → the end of the stream when the action
 * ends it; pause/unpause carry nothing LiveDeck keeps. (The library's own `streamEnd` event has no
 * message id, so the end is taken from this message; the adapter reads `streamEnd` as "ended".)
 */
export function mapControl(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  if (!c) return unknown('controlMessage without msgId');
  const action = obj(payload)?.action;
  return typeof action === 'number' && STREAM_ENDED.has(action) ? checked({ ...base(c, ctx), type: 'stream.end' }) : ignored;
}

/** `envelope` (WebcastEnvelopeMessage: common, envelopeInfo) → a treasure chest dropped in the room, read as a 福袋 cue starting. */
export function mapEnvelope(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const info = obj(obj(payload)?.envelopeInfo);
  if (!c || !str(info?.envelopeId)) return unknown('envelope without msgId or envelopeInfo.envelopeId');
  return checked({ ...base(c, ctx), type: 'cue.state', kind: 'lucky_bag', state: 'start' });
}

/** `liveIntro` (the room's intro text) and `gift`: no LiveEvent carries them; readable payloads are ignored, unreadable ones unknown. */
export function mapNoFigure(name: string) {
  return (payload: unknown, ctx: TikTokMapContext): TikTokMapped => (readCommon(payload, ctx) ? ignored : unknown(`${name} without msgId`));
}
