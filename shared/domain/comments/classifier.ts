import { INTENTS, TOPICS, type Intent, type Topic } from '../../protocol/room';
import type { MatchSink } from '../../text/ahoCorasick';
import { compileLexicon, intentIndex, topicIndex, type CompiledLexicon } from './lexicon';
import { createNormBuffer, normalizeInto, isLatin, type NormBuffer } from '../../text/normalize';

export interface CommentClass {
  intent: Intent;
  topic: Topic | null;
}

/** One surviving lexicon match, for explanations. */
export interface MatchInfo {
  term: string;
  start: number;
  end: number;
  intent: Intent | null;
  topic: Topic | null;
  weight: number;
  negated: boolean;
}

export interface Explanation extends CommentClass {
  normalized: string;
  matches: MatchInfo[];
  scores: Record<Intent, number>;
}

const MAX_MATCHES = 96;
const MAX_NUMBERS = 16;
const Q = intentIndex('question');
const PURCHASE = intentIndex('purchase');
const SPAM = intentIndex('spam');
const CHITCHAT = intentIndex('chitchat');
const SIZE = topicIndex('size');
const CH_BU = 0x4e0d; // 不
const CH_MEI = 0x6ca1; // 没
const CH_ONE = 0x31;

/** Shared, frozen results: classifying allocates no result object. */
const RESULTS: ReadonlyArray<ReadonlyArray<CommentClass>> = INTENTS.map((intent) =>
  [null, ...TOPICS].map((topic) => Object.freeze({ intent, topic })));

/**
 * Comment intent classifier over a compiled lexicon. All working memory is allocated once per
 * instance; `classify` is not re-entrant (JavaScript is single-threaded, so that is fine).
 */
export class CommentClassifier implements MatchSink {
  private readonly lex: CompiledLexicon;
  private readonly nb: NormBuffer = createNormBuffer();
  private readonly mId = new Int32Array(MAX_MATCHES);
  private readonly mStart = new Int32Array(MAX_MATCHES);
  private readonly mEnd = new Int32Array(MAX_MATCHES);
  private readonly mKeep = new Uint8Array(MAX_MATCHES);
  private readonly mNeg = new Uint8Array(MAX_MATCHES);
  private readonly mW = new Float64Array(MAX_MATCHES);
  private mCount = 0;
  private readonly hard = new Float64Array(INTENTS.length);
  private readonly soft = new Float64Array(INTENTS.length);
  private readonly topicScore = new Float64Array(TOPICS.length);
  private readonly numValue = new Float64Array(MAX_NUMBERS);
  private readonly numStart = new Int32Array(MAX_NUMBERS);
  private readonly numEnd = new Int32Array(MAX_NUMBERS);

  constructor(lexicon: unknown) {
    this.lex = compileLexicon(lexicon);
  }

  /** Called by the automaton for every raw occurrence; applies position filters. */
  onMatch(id: number, end: number): void {
    if (this.mCount >= MAX_MATCHES) return;
    const lex = this.lex;
    const { buf, sepBefore, len } = this.nb;
    const start = end - lex.ac.patternLength[id]!;
    if (lex.exact[id] === 1 && (start !== 0 || end !== len)) return;
    if (lex.atEnd[id] === 1 && end !== len) return;
    if (lex.latinStart[id] === 1 && start > 0 && sepBefore[start] === 0 && isLatin(buf[start - 1]!)) return;
    if (lex.latinEnd[id] === 1 && end < len && sepBefore[end] === 0 && isLatin(buf[end]!)) return;
    const k = this.mCount++;
    this.mId[k] = id;
    this.mStart[k] = start;
    this.mEnd[k] = end;
  }

  classify(text: string): CommentClass {
    const [intent, topic] = this.run(text);
    return RESULTS[intent]![topic + 1]!;
  }

  /** Same decision as `classify`, with the evidence (for lexicon authors and tests). */
  explain(text: string): Explanation {
    const [intent, topic] = this.run(text);
    const { buf, len } = this.nb;
    let normalized = '';
    for (let i = 0; i < len; i++) normalized += String.fromCharCode(buf[i]!);
    const matches: MatchInfo[] = [];
    for (let k = 0; k < this.mCount; k++) {
      if (this.mKeep[k] !== 1) continue;
      const id = this.mId[k]!;
      const ii = this.lex.intent[id]!;
      const ti = this.lex.topic[id]!;
      matches.push({
        term: this.lex.patterns[id]!, start: this.mStart[k]!, end: this.mEnd[k]!,
        intent: ii >= 0 ? INTENTS[ii]! : null, topic: ti >= 0 ? TOPICS[ti]! : null,
        weight: this.mW[k]!, negated: this.mNeg[k] === 1,
      });
    }
    const scores = Object.fromEntries(INTENTS.map((name, i) => [name, this.hard[i]! + this.soft[i]!])) as Record<Intent, number>;
    return { intent: INTENTS[intent]!, topic: topic >= 0 ? TOPICS[topic]! : null, normalized, matches, scores };
  }

  /** Returns [intent index, topic index or -1]. */
  private run(text: string): [number, number] {
    const lex = this.lex;
    const nb = this.nb;
    const len = normalizeInto(text, nb);
    const hard = this.hard;
    const soft = this.soft;
    const topicScore = this.topicScore;
    hard.fill(0);
    soft.fill(0);
    topicScore.fill(0);
    this.mCount = 0;
    if (len === 0) return [CHITCHAT, -1];

    const digitOnly = this.scanDigits(len);
    if (digitOnly >= 0) return [digitOnly, digitOnly === Q ? SIZE : -1];

    lex.ac.scan(nb.buf, len, this);
    this.suppressContained();
    this.score();
    this.aNotA(len);

    const t = lex.threshold;
    // Soft terms become questions in a comment that asks something.
    const interrogative = hard[Q]! + soft[Q]! >= t;
    for (let i = 0; i < INTENTS.length; i++) {
      if (i === Q) continue;
      if (interrogative && hard[i]! < t) {
        hard[Q] = hard[Q]! + soft[i]!;
      } else {
        hard[i] = hard[i]! + soft[i]!;
      }
      soft[i] = 0;
    }
    hard[Q] = hard[Q]! + soft[Q]!;

    let intent = -1;
    for (let p = 0; p < lex.priority.length; p++) {
      const i = lex.priority[p]!;
      if (hard[i]! >= t) { intent = i; break; }
    }
    let best = -1;
    for (let j = 0; j < TOPICS.length; j++) {
      const s = topicScore[j]!;
      if (s <= 0) continue;
      if (best < 0 || s > topicScore[best]! || (s === topicScore[best]! && lex.topicRank[j]! < lex.topicRank[best]!)) best = j;
    }
    if (intent < 0 || intent === CHITCHAT) {
      intent = best >= 0 && len <= lex.shortTopicMaxLen ? Q : CHITCHAT;
    }
    return [intent, intent === Q ? best : -1];
  }

  /**
   * Drops matches that lie entirely inside a longer match. A question term that hides a
   * question marker keeps the marker's weight ("几码" asks as much as "几").
   */
  private suppressContained(): void {
    const n = this.mCount;
    const s = this.mStart;
    const e = this.mEnd;
    const lex = this.lex;
    for (let i = 0; i < n; i++) this.mW[i] = lex.weight[this.mId[i]!]!;
    for (let i = 0; i < n; i++) {
      let keep = 1;
      const li = e[i]! - s[i]!;
      const qi = lex.intent[this.mId[i]!] === Q;
      for (let j = 0; j < n; j++) {
        if (j !== i && e[j]! - s[j]! > li && s[j]! <= s[i]! && e[j]! >= e[i]!) {
          // 2 = hidden, but its topic still counts unless a container names a topic itself.
          keep = keep === 0 || lex.topic[this.mId[j]!]! >= 0 ? 0 : 2;
          if (qi && lex.intent[this.mId[j]!] === Q && this.mW[j]! < this.mW[i]!) this.mW[j] = this.mW[i]!;
        }
      }
      this.mKeep[i] = keep;
    }
  }

  private score(): void {
    const lex = this.lex;
    const buf = this.nb.buf;
    for (let k = 0; k < this.mCount; k++) {
      this.mNeg[k] = 0;
      const id = this.mId[k]!;
      if (this.mKeep[k] !== 1) {
        // A hidden term still says what the comment is about ("質量好嗎" is about quality).
        const ht = lex.topic[id]!;
        if (ht >= 0 && this.mKeep[k] === 2) this.topicScore[ht] = this.topicScore[ht]! + lex.topicWeight[id]!;
        continue;
      }
      let intent: number = lex.intent[id]!;
      let w = this.mW[k]!;
      const isSoft = lex.soft[id] === 1;
      if (intent >= 0 && lex.negation[intent]! !== -2 && this.negated(this.mStart[k]!, buf)) {
        this.mNeg[k] = 1;
        intent = lex.negation[intent]!;
        if (intent < 0) w = 0;
      }
      const ti = lex.topic[id]!;
      if (ti >= 0) this.topicScore[ti] = this.topicScore[ti]! + lex.topicWeight[id]!;
      if (intent < 0 || w === 0) continue;
      if (isSoft && this.mNeg[k] === 0) this.soft[intent] = this.soft[intent]! + w;
      else this.hard[intent] = this.hard[intent]! + w;
    }
  }

  /** Is the match starting at `start` directly preceded by a negator (and not an A不A question)? */
  private negated(start: number, buf: Uint16Array): boolean {
    const negs = this.lex.negators;
    for (let n = 0; n < negs.length; n++) {
      const neg = negs[n]!;
      const nl = neg.length;
      if (start < nl) continue;
      let ok = true;
      for (let i = 0; i < nl; i++) {
        if (buf[start - nl + i] !== neg[i]) { ok = false; break; }
      }
      if (!ok) continue;
      // "好不好看", "有没有": the syllable before 不/没 repeats the one after → a question.
      const p = start - nl;
      if (nl === 1 && p >= 1 && buf[p - 1] === buf[start]) return false;
      return true;
    }
    return false;
  }

  /** "A不A" / "A没A" anywhere is a question. */
  private aNotA(len: number): void {
    const buf = this.nb.buf;
    for (let i = 1; i + 1 < len; i++) {
      const c = buf[i];
      if ((c === CH_BU || c === CH_MEI) && buf[i - 1] === buf[i + 1]) {
        this.hard[Q] = this.hard[Q]! + 1;
        return;
      }
    }
  }

  /**
   * Digit analysis in one pass. Returns the intent for a digits-only comment, else -1 after
   * adding digit signals (height/weight pairs, lone 1s, mobile numbers) to the scores.
   */
  private scanDigits(len: number): number {
    const { buf, sepBefore } = this.nb;
    const lex = this.lex;
    let digits = 0;
    let nums = 0;
    let allOnes = true;
    let allSame = true;
    let allOption = true;
    const first = buf[0]!;
    for (let i = 0; i < len;) {
      const c = buf[i]!;
      if (c < 0x30 || c > 0x39) { i++; continue; }
      let v = 0;
      const start = i;
      do {
        const d = buf[i]! - 0x30;
        v = v * 10 + d;
        if (buf[i] !== first) allSame = false;
        if (lex.optionDigits[d] !== 1) allOption = false;
        i++;
      } while (i < len && buf[i]! >= 0x30 && buf[i]! <= 0x39 && sepBefore[i] === 0);
      digits += i - start;
      if (nums < MAX_NUMBERS) {
        this.numValue[nums] = v;
        this.numStart[nums] = start;
        this.numEnd[nums] = i;
        nums++;
      }
    }
    if (digits === 0) return -1;
    const pair = this.hasSizePair(nums);
    if (digits === len) {
      if (len <= 8) {
        let s = '';
        for (let i = 0; i < len; i++) s += String.fromCharCode(buf[i]!);
        const exact = lex.digitExact.get(s);
        if (exact !== undefined) return exact;
      }
      if (this.isMobile(0, len, buf)) return SPAM;
      if (pair) return Q;
      if (allSame && lex.sameDigit[first - 0x30]! >= 0) return lex.sameDigit[first - 0x30]!;
      if (allOption && len <= lex.optionMaxLen) return PURCHASE;
      return lex.digitOtherwise;
    }
    if (pair) {
      this.hard[Q] = this.hard[Q]! + lex.sizePair.questionWeight;
      this.topicScore[SIZE] = this.topicScore[SIZE]! + lex.sizePair.topicWeight;
    }
    for (let k = 0; k < nums; k++) {
      const s = this.numStart[k]!;
      const e = this.numEnd[k]!;
      if (this.isMobile(s, e, buf)) this.hard[SPAM] = this.hard[SPAM]! + 1;
      allOnes = true;
      for (let i = s; i < e; i++) if (buf[i] !== CH_ONE) { allOnes = false; break; }
      if (allOnes && (s === 0 || sepBefore[s] === 1) && (e === len || sepBefore[e] === 1)) {
        this.hard[PURCHASE] = this.hard[PURCHASE]! + 1;
      }
    }
    return -1;
  }

  private hasSizePair(nums: number): boolean {
    const { height, weight } = this.lex.sizePair;
    for (let k = 0; k + 1 < nums; k++) {
      const a = this.numValue[k]!;
      const b = this.numValue[k + 1]!;
      if (a >= height[0] && a <= height[1] && b >= weight[0] && b <= weight[1]) return true;
    }
    return false;
  }

  private isMobile(s: number, e: number, buf: Uint16Array): boolean {
    if (e - s !== 11 || buf[s] !== CH_ONE) return false;
    const second = buf[s + 1]!;
    return second >= 0x33 && second <= 0x39;
  }
}
