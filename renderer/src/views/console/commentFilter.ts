import type { CommentItem, Intent, Topic } from '../../../../shared/protocol';

/** Pure comment-panel logic: which comments show, how many are new, open questions by topic. */
export interface CommentFilter {
  intents: readonly Intent[];
  topic: Topic | 'other' | null;
  blocked: readonly string[];
  answered: ReadonlySet<string>;
}

export function makePredicate(f: CommentFilter): (c: CommentItem) => boolean {
  const blocked = f.blocked.map((w) => w.trim().toLowerCase()).filter(Boolean);
  const intents = new Set(f.intents);
  return (c) => {
    if (intents.size && !intents.has(c.intent)) return false;
    if (f.topic) {
      if (c.intent !== 'question' || f.answered.has(c.id)) return false;
      if (f.topic === 'other' ? c.topic !== null : c.topic !== f.topic) return false;
    }
    if (blocked.length) {
      const text = c.text.toLowerCase();
      const nick = c.nickname.toLowerCase();
      for (const w of blocked) if (text.includes(w) || nick.includes(w)) return false;
    }
    return true;
  };
}

/**
 * Comments that arrived after the list was paused at `pausedTotal` and pass the filter.
 * items[i] has the global index total - items.length + i.
 */
export function countNewSince(items: readonly CommentItem[], total: number, pausedTotal: number, pass: (c: CommentItem) => boolean): number {
  const firstGlobal = total - items.length;
  if (pausedTotal < firstGlobal) {
    // Some new ones already fell out of the buffer: count them all, unfiltered.
    let n = firstGlobal - pausedTotal;
    for (const c of items) if (pass(c)) n++;
    return n;
  }
  let n = 0;
  for (let i = pausedTotal - firstGlobal; i < items.length; i++) if (pass(items[i]!)) n++;
  return n;
}

export type TopicKey = Topic | 'other';
export interface TopicGroup {
  topic: TopicKey;
  count: number;
  /** Newest open question of the topic. */
  latest: CommentItem;
}

/** Open (not answered, not pushed) questions grouped by topic, biggest group first. */
export function groupOpenQuestions(items: readonly CommentItem[], answered: ReadonlySet<string>, pushed: ReadonlySet<string>): TopicGroup[] {
  const groups = new Map<TopicKey, TopicGroup>();
  for (const c of items) {
    if (c.intent !== 'question' || answered.has(c.id) || pushed.has(c.id)) continue;
    const key: TopicKey = c.topic ?? 'other';
    const g = groups.get(key);
    if (g) {
      g.count++;
      g.latest = c;
    } else groups.set(key, { topic: key, count: 1, latest: c });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
