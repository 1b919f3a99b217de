import { INTENTS, TOPICS, type Intent, type Topic } from '../../../../shared/protocol/room';
import type { RepeatedComment, ReviewReport } from '../../../../shared/protocol/review';

/** What viewers said, grouped for the review (pure). */

export interface QuestionGroup {
  topic: Topic | 'other';
  /** Comments on this topic (all of them, not only the repeated ones listed). */
  total: number;
  items: RepeatedComment[];
}

const forProduct = (productId: string | null) => (c: RepeatedComment) => productId === null || c.productId === productId;

function topicCounts(r: ReviewReport, productId: string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of r.products) {
    if (productId !== null && p.productId !== productId) continue;
    for (const [k, v] of Object.entries(p.topics)) out[k] = (out[k] ?? 0) + v;
  }
  return out;
}

/** Repeated questions by topic (尺码, 价格, 发货, 质量, 用法, 库存, then the rest), busiest topic first. */
export function questionGroups(r: ReviewReport, productId: string | null, perGroup = 4): QuestionGroup[] {
  const qs = r.topQuestions.filter(forProduct(productId));
  const counts = topicCounts(r, productId);
  const groups: QuestionGroup[] = [...TOPICS, null].map((topic) => {
    const items = qs.filter((q) => q.topic === topic).sort((a, b) => b.count - a.count);
    const listed = items.reduce((a, q) => a + q.count, 0);
    return { topic: topic ?? 'other', total: Math.max(topic ? (counts[topic] ?? 0) : 0, listed), items: items.slice(0, perGroup) };
  });
  return groups.filter((g) => g.total > 0 || g.items.length > 0).sort((a, b) => b.total - a.total);
}

export function complaints(r: ReviewReport, productId: string | null, max = 8): RepeatedComment[] {
  return r.topComplaints.filter(forProduct(productId)).sort((a, b) => b.count - a.count).slice(0, max);
}

export interface IntentShare {
  intent: Intent;
  count: number;
  share: number;
}

/** Comment intents of the room (or one product) in a fixed order, with their shares. */
export function intentMix(r: ReviewReport, productId: string | null): { total: number; parts: IntentShare[] } {
  const rec = productId === null ? r.intents : (r.products.find((p) => p.productId === productId)?.intents ?? {});
  const total = INTENTS.reduce((a, k) => a + (rec[k] ?? 0), 0);
  const parts = INTENTS.map((intent) => ({ intent, count: rec[intent] ?? 0, share: total ? (rec[intent] ?? 0) / total : 0 }));
  return { total, parts };
}
