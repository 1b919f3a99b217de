import type { Intent, Topic } from '../../protocol/room';

export interface CommentClass {
  intent: Intent;
  topic: Topic | null;
}

/**
 * Classify one viewer comment. PLACEHOLDER (foundation): a few keywords only; the issue-3
 * classifier replaces the body and keeps this signature.
 */
export function classifyComment(text: string): CommentClass {
  const t = text.trim();
  if (/加微|vx|私信|扫码/i.test(t)) return { intent: 'spam', topic: null };
  if (/退款|退货|^退/.test(t)) return { intent: 'refund', topic: null };
  if (/质量差|假货|色差|不回复/.test(t)) return { intent: 'complaint', topic: null };
  if (/^(1|扣1|拍了|已拍|要了)$|链接/.test(t)) return { intent: 'purchase', topic: null };
  if (/尺码|多大|码|身高|体重/.test(t)) return { intent: 'question', topic: 'size' };
  if (/多少钱|价格|优惠|便宜/.test(t)) return { intent: 'question', topic: 'price' };
  if (/发货|快递|几天到/.test(t)) return { intent: 'question', topic: 'shipping' };
  if (/[?？吗]$/.test(t)) return { intent: 'question', topic: null };
  if (/好看|喜欢|漂亮|爱了/.test(t)) return { intent: 'praise', topic: null };
  return { intent: 'chitchat', topic: null };
}
