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

/** What the comment store holds: the buffer and how many comments were ever taken in. */
export interface CommentWindow {
  items: readonly CommentItem[];
  total: number;
}

/**
 * The list held still while paused: the first paused render keeps what it saw, later renders
 * keep that same copy, and un-pausing lets go (the list follows the store again).
 */
export function nextFrozen(frozen: CommentWindow | null, paused: boolean, live: CommentWindow): CommentWindow | null {
  if (!paused) return null;
  return frozen ?? live;
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

/** Comments per intent (the filter chips' counts). */
export function intentCounts(items: readonly CommentItem[]): Map<Intent, number> {
  const m = new Map<Intent, number>();
  for (const c of items) m.set(c.intent, (m.get(c.intent) ?? 0) + 1);
  return m;
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
