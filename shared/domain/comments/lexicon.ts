import { z } from 'zod';
import { INTENTS, TOPICS, type Intent, type Topic } from '../../protocol/room';
import { AhoCorasick } from '../../text/ahoCorasick';
import { isLatin, normalizeTerm } from '../../text/normalize';

/** Shape of assets/lexicon/comments.json (see its $comment for the rules). */
const IntentName = z.enum(INTENTS);
const TopicName = z.enum(TOPICS);
const Entry = z.union([
  z.string().min(1),
  z.object({
    t: z.string().min(1),
    /** Weight toward the entry's intent (topic lists: toward "question"). */
    w: z.number().min(0).max(10).optional(),
    topic: TopicName.optional(),
    /** Weight toward the topic. */
    tw: z.number().min(0).max(10).optional(),
    /** Turns into a question when the comment asks something. */
    soft: z.boolean().optional(),
    /** Only when the term is the whole (normalised) comment. */
    exact: z.boolean().optional(),
    /** Only at the end of the comment. */
    end: z.boolean().optional(),
  }).strict(),
]);
export type LexiconEntry = z.infer<typeof Entry>;

export const LexiconSchema = z.object({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  version: z.number().int(),
  priority: z.array(IntentName).length(INTENTS.length),
  topicOrder: z.array(TopicName).length(TOPICS.length),
  threshold: z.number().positive(),
  shortTopicMaxLen: z.number().int().min(0),
  topicQuestionWeight: z.number().min(0),
  negators: z.array(z.string().min(1)),
  negation: z.partialRecord(IntentName, IntentName.nullable()),
  digitOnly: z.object({
    exact: z.record(z.string().regex(/^\d+$/), IntentName),
    sameDigit: z.record(z.string().regex(/^\d$/), IntentName),
    optionDigits: z.string().regex(/^\d*$/),
    optionMaxLen: z.number().int().min(0),
    otherwise: IntentName,
  }),
  sizePair: z.object({
    height: z.tuple([z.number(), z.number()]),
    weight: z.tuple([z.number(), z.number()]),
    questionWeight: z.number().min(0),
    topicWeight: z.number().min(0),
  }),
  intents: z.partialRecord(IntentName, z.array(Entry)),
  topics: z.partialRecord(TopicName, z.array(Entry)),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

export const intentIndex = (i: Intent): number => INTENTS.indexOf(i);
export const topicIndex = (t: Topic): number => TOPICS.indexOf(t);

/** Longer topic terms win ties against shorter ones by this much per extra character. */
const TOPIC_LENGTH_BONUS = 0.05;

/** The lexicon compiled into flat arrays indexed by pattern id (one per entry). */
export interface CompiledLexicon {
  ac: AhoCorasick;
  /** Normalised pattern strings (for explanations). */
  patterns: string[];
  intent: Int8Array;
  weight: Float64Array;
  topic: Int8Array;
  topicWeight: Float64Array;
  soft: Uint8Array;
  exact: Uint8Array;
  atEnd: Uint8Array;
  latinStart: Uint8Array;
  latinEnd: Uint8Array;
  /** Intent indices in decision order. */
  priority: Int8Array;
  /** Rank of each topic for ties (lower wins). */
  topicRank: Int8Array;
  threshold: number;
  shortTopicMaxLen: number;
  negators: Uint16Array[];
  /** Per intent: -2 = not negatable, -1 = negation cancels, else the intent it turns into. */
  negation: Int8Array;
  digitExact: Map<string, number>;
  sameDigit: Int8Array;
  optionDigits: Uint8Array;
  optionMaxLen: number;
  digitOtherwise: number;
  sizePair: Lexicon['sizePair'];
}

export function compileLexicon(input: unknown): CompiledLexicon {
  const lex = LexiconSchema.parse(input);
  const patterns: string[] = [];
  const rows: Array<{ intent: number; w: number; topic: number; tw: number; soft: boolean; exact: boolean; end: boolean }> = [];
  const add = (e: LexiconEntry, intent: number, topic: number, dflt: { w: number; tw: number }) => {
    const o = typeof e === 'string' ? { t: e } : e;
    const p = normalizeTerm(o.t);
    if (!p) throw new Error(`lexicon term "${o.t}" is empty after normalisation`);
    const tp = o.topic !== undefined ? topicIndex(o.topic) : topic;
    patterns.push(p);
    rows.push({
      intent,
      w: o.w ?? dflt.w,
      topic: tp,
      tw: tp < 0 ? 0 : (o.tw ?? dflt.tw) + TOPIC_LENGTH_BONUS * (p.length - 1),
      soft: o.soft ?? false,
      exact: o.exact ?? false,
      end: o.end ?? false,
    });
  };
  for (const name of INTENTS) {
    for (const e of lex.intents[name] ?? []) add(e, intentIndex(name), -1, { w: 1, tw: 1 });
  }
  for (const name of TOPICS) {
    for (const e of lex.topics[name] ?? []) add(e, intentIndex('question'), topicIndex(name), { w: lex.topicQuestionWeight, tw: 1 });
  }
  const n = patterns.length;
  const c: CompiledLexicon = {
    ac: new AhoCorasick(patterns),
    patterns,
    intent: Int8Array.from(rows, (r) => r.intent),
    weight: Float64Array.from(rows, (r) => r.w),
    topic: Int8Array.from(rows, (r) => r.topic),
    topicWeight: Float64Array.from(rows, (r) => r.tw),
    soft: Uint8Array.from(rows, (r) => (r.soft ? 1 : 0)),
    exact: Uint8Array.from(rows, (r) => (r.exact ? 1 : 0)),
    atEnd: Uint8Array.from(rows, (r) => (r.end ? 1 : 0)),
    latinStart: new Uint8Array(n),
    latinEnd: new Uint8Array(n),
    priority: Int8Array.from(lex.priority, intentIndex),
    topicRank: new Int8Array(TOPICS.length),
    threshold: lex.threshold,
    shortTopicMaxLen: lex.shortTopicMaxLen,
    negators: lex.negators.map((s) => Uint16Array.from(normalizeTerm(s), (ch) => ch.charCodeAt(0))),
    negation: new Int8Array(INTENTS.length).fill(-2),
    digitExact: new Map(Object.entries(lex.digitOnly.exact).map(([k, v]) => [k, intentIndex(v)])),
    sameDigit: new Int8Array(10).fill(-1),
    optionDigits: new Uint8Array(10),
    optionMaxLen: lex.digitOnly.optionMaxLen,
    digitOtherwise: intentIndex(lex.digitOnly.otherwise),
    sizePair: lex.sizePair,
  };
  if (new Set(lex.priority).size !== INTENTS.length) throw new Error('lexicon priority must list every intent once');
  if (new Set(lex.topicOrder).size !== TOPICS.length) throw new Error('lexicon topicOrder must list every topic once');
  patterns.forEach((p, id) => {
    c.latinStart[id] = isLatin(p.charCodeAt(0)) ? 1 : 0;
    c.latinEnd[id] = isLatin(p.charCodeAt(p.length - 1)) ? 1 : 0;
  });
  lex.topicOrder.forEach((t, rank) => { c.topicRank[topicIndex(t)] = rank; });
  for (const [from, to] of Object.entries(lex.negation)) {
    c.negation[intentIndex(from as Intent)] = to === null || to === undefined ? -1 : intentIndex(to);
  }
  for (const [d, intent] of Object.entries(lex.digitOnly.sameDigit)) c.sameDigit[Number(d)] = intentIndex(intent);
  for (const d of lex.digitOnly.optionDigits) c.optionDigits[Number(d)] = 1;
  return c;
}
