import lexicon from '../../assets/lexicon/comments.json';
import type { Intent, Topic } from '../../shared/protocol/room';

/**
 * Baseline for classifier throughput: the same lexicon (assets/lexicon/comments.json), matched
 * the naive way — one regular expression per term, every term tested against every comment.
 */
type Entry = string | { t: string; w?: number; topic?: string };
interface Term { re: RegExp; w: number }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compile = (list: readonly Entry[]): Term[] => list.map((e) => {
  const t = typeof e === 'string' ? e : e.t;
  const w = typeof e === 'string' ? 1 : e.w ?? 1;
  return { re: new RegExp(escape(t), 'iu'), w };
});

const lex = lexicon as unknown as { priority: Intent[]; topicOrder: Topic[]; threshold: number; intents: Record<string, Entry[]>; topics: Record<string, Entry[]> };
const intents = lex.priority.map((intent) => [intent, compile(lex.intents[intent] ?? [])] as const);
const topics = lex.topicOrder.map((topic) => [topic, compile(lex.topics[topic] ?? [])] as const);

const score = (text: string, terms: readonly Term[]) => {
  let s = 0;
  for (const t of terms) if (t.re.test(text)) s += t.w;
  return s;
};

export function classifyWithRegexes(text: string): { intent: Intent; topic: Topic | null } {
  let winner: Intent = 'chitchat';
  const scores = intents.map(([intent, terms]) => [intent, score(text, terms)] as const);
  for (const [intent, s] of scores) if (s >= lex.threshold) { winner = intent; break; }
  if (winner !== 'question') return { intent: winner, topic: null };
  let best: Topic | null = null;
  let bestScore = 0;
  for (const [topic, terms] of topics) {
    const s = score(text, terms);
    if (s > bestScore) { best = topic; bestScore = s; }
  }
  return { intent: winner, topic: best };
}
