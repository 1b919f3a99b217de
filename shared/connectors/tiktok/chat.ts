import { MAX_TEXT } from './limits';
import { base, checked, readCommon, readUser, str, obj, unknown, type TikTokMapContext, type TikTokMapped } from './payload';

/** `chat` (WebcastChatMessage: common, user, content) → a comment. */
export function mapChat(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const user = readUser(obj(payload)?.user);
  const text = str(obj(payload)?.content);
  if (!c || !user || !text) return unknown('chat without msgId, user or content');
  return checked({ ...base(c, ctx), type: 'comment', ...user, text: text.slice(0, MAX_TEXT) });
}

/** `questionNew` (WebcastQuestionNewMessage: common, data: Question { content, user }) → a comment (the classifier reads it as a question). */
export function mapQuestion(payload: unknown, ctx: TikTokMapContext): TikTokMapped {
  const c = readCommon(payload, ctx);
  const data = obj(obj(payload)?.data);
  const user = readUser(data?.user);
  const text = str(data?.content);
  if (!c || !user || !text) return unknown('questionNew without msgId, user or content');
  return checked({ ...base(c, ctx), type: 'comment', ...user, text: text.slice(0, MAX_TEXT) });
}
