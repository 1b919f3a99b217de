import type { RepeatedComment } from '../../protocol/review';
import type { CommentItem, Intent, Topic } from '../../protocol/room';

const TRACKED: ReadonlySet<Intent> = new Set(['question', 'complaint', 'refund']);
const MAX_KEYS = 5000;

/** Folds a comment to the key under which repeats are counted (case, spaces, punctuation, emoji). */
export function repeatKey(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}\p{Extended_Pictographic}]+/gu, '');
}

/**
 * Session-long comment counts for the review: intents and topics per product, and the questions
 * and complaints viewers repeated most. Memory is bounded (at most MAX_KEYS distinct texts).
 */
/** CommentStats in a checkpoint. */
export interface CommentStatsState {
  intents: Array<[string, Record<string, number>]>;
  topics: Array<[string, Record<string, number>]>;
  repeats: Array<[string, RepeatedComment]>;
}

export class CommentStats {
  private intents = new Map<string, Record<string, number>>();
  private topics = new Map<string, Record<string, number>>();
  private repeats = new Map<string, RepeatedComment>();

  add(c: Pick<CommentItem, 'text' | 'intent' | 'topic' | 'productId'>): void {
    const pid = c.productId ?? '';
    bump(this.intents, pid, c.intent);
    if (c.topic) bump(this.topics, pid, c.topic);
    if (!TRACKED.has(c.intent)) return;
    const key = `${c.intent}|${pid}|${repeatKey(c.text)}`;
    const hit = this.repeats.get(key);
    if (hit) hit.count++;
    else if (this.repeats.size < MAX_KEYS) {
      this.repeats.set(key, { text: c.text, count: 1, intent: c.intent, topic: c.topic as Topic | null, productId: c.productId });
    }
  }

  serialise(): CommentStatsState {
    const copy = <V>(m: Map<string, V>): Array<[string, V]> => [...m].map(([k, v]) => [k, { ...v }]);
    return { intents: copy(this.intents), topics: copy(this.topics), repeats: copy(this.repeats) };
  }

  load(s: CommentStatsState): void {
    this.intents = new Map(s.intents.map(([k, v]) => [k, { ...v }]));
    this.topics = new Map(s.topics.map(([k, v]) => [k, { ...v }]));
    this.repeats = new Map(s.repeats.map(([k, v]) => [k, { ...v }]));
  }

  intentsOf(productId: string | null): Record<string, number> {
    return { ...(this.intents.get(productId ?? '') ?? {}) };
  }

  topicsOf(productId: string | null): Record<string, number> {
    return { ...(this.topics.get(productId ?? '') ?? {}) };
  }

  /** Intent counts over the whole room. */
  allIntents(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const rec of this.intents.values()) for (const [k, v] of Object.entries(rec)) out[k] = (out[k] ?? 0) + v;
    return out;
  }

  top(intents: readonly Intent[], n: number): RepeatedComment[] {
    return [...this.repeats.values()]
      .filter((r) => intents.includes(r.intent))
      .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
      .slice(0, n)
      .map((r) => ({ ...r }));
  }
}

function bump(map: Map<string, Record<string, number>>, key: string, field: string): void {
  let rec = map.get(key);
  if (!rec) map.set(key, (rec = {}));
  rec[field] = (rec[field] ?? 0) + 1;
}
