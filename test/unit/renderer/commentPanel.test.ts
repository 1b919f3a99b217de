import { describe, expect, it } from 'vitest';
import type { CommentItem } from '../../../shared/protocol';
import {
  countNewSince, groupOpenQuestions, intentCounts, makePredicate, nextFrozen, type CommentFilter, type CommentWindow,
} from '../../../renderer/src/views/console/commentFilter';
import { commentRate, type RateSample } from '../../../renderer/src/views/console/commentRate';
import { moveSelection } from '../../../renderer/src/views/console/selection';
import { parseWordList } from '../../../renderer/src/views/console/wordList';
import { comment, question } from './support/fixtures';

const NONE: CommentFilter = { intents: [], topic: null, blocked: [], answered: new Set() };
const filter = (over: Partial<CommentFilter>) => makePredicate({ ...NONE, ...over });
const ids = (list: readonly CommentItem[]) => list.map((c) => c.id);

const SAMPLE = [
  question('q-size', 'size', { text: '有S码吗' }),
  question('q-price', 'price', { text: '多少钱' }),
  question('q-none', null, { text: '主播哪里人' }),
  comment('buy', { intent: 'purchase', text: '拍了' }),
  comment('spam', { intent: 'spam', text: '加微信 vx123', nickname: '广告哥' }),
  comment('chat', { intent: 'chitchat', text: '哈哈' }),
];

describe('comment filter', () => {
  it('shows everything with no filter set', () => {
    expect(ids(SAMPLE.filter(filter({})))).toEqual(ids(SAMPLE));
  });

  it('shows only the chosen intents', () => {
    expect(ids(SAMPLE.filter(filter({ intents: ['purchase', 'spam'] })))).toEqual(['buy', 'spam']);
  });

  it('filters open questions by topic, with "other" meaning questions without a topic', () => {
    expect(ids(SAMPLE.filter(filter({ topic: 'size' })))).toEqual(['q-size']);
    expect(ids(SAMPLE.filter(filter({ topic: 'other' })))).toEqual(['q-none']);
  });

  it('drops answered questions from a topic view', () => {
    expect(ids(SAMPLE.filter(filter({ topic: 'size', answered: new Set(['q-size']) })))).toEqual([]);
  });

  it('hides comments whose text or nickname contains a blocked word, ignoring case and blanks', () => {
    expect(ids(SAMPLE.filter(filter({ blocked: ['  VX ', ''] })))).not.toContain('spam');
    expect(ids(SAMPLE.filter(filter({ blocked: ['广告'] })))).not.toContain('spam');
    expect(SAMPLE.filter(filter({ blocked: ['   '] }))).toHaveLength(SAMPLE.length);
  });

  it('counts comments per intent for the chips', () => {
    const counts = intentCounts(SAMPLE);
    expect(counts.get('question')).toBe(3);
    expect(counts.get('spam')).toBe(1);
    expect(counts.get('praise')).toBeUndefined();
  });
});

describe('open questions by topic', () => {
  it('groups unanswered, unpushed questions, biggest group first, with the newest as its example', () => {
    const items = [
      question('a', 'size'), question('b', 'price'), question('c', 'size'), question('d', null),
      question('e', 'size'), question('f', 'price'), comment('g'),
    ];
    const groups = groupOpenQuestions(items, new Set(['e']), new Set(['f']));
    expect(groups.map((g) => [g.topic, g.count, g.latest.id])).toEqual([['size', 2, 'c'], ['price', 1, 'b'], ['other', 1, 'd']]);
  });

  it('is empty without open questions', () => {
    expect(groupOpenQuestions([comment('x')], new Set(), new Set())).toEqual([]);
  });
});

describe('pause while hovered: the frozen list and the "N new" count', () => {
  const win = (from: number, to: number): CommentWindow => ({
    items: Array.from({ length: to - from }, (_, i) => comment(`c${from + i}`, { intent: (from + i) % 2 ? 'question' : 'chitchat' })),
    total: to,
  });
  const all = () => true;

  it('keeps the list seen at the moment of pausing until un-paused', () => {
    const atPause = win(0, 10);
    const frozen = nextFrozen(null, true, atPause);
    expect(frozen).toBe(atPause);
    expect(nextFrozen(frozen, true, win(0, 15))).toBe(atPause);
    expect(nextFrozen(frozen, false, win(0, 15))).toBeNull();
  });

  it('counts the comments that arrived since the pause', () => {
    const live = win(0, 15);
    expect(countNewSince(live.items, live.total, 10, all)).toBe(5);
    expect(countNewSince(live.items, live.total, 15, all)).toBe(0);
  });

  it('counts only new comments that pass the filter', () => {
    const live = win(0, 15);
    const questions = (c: CommentItem) => c.intent === 'question';
    expect(countNewSince(live.items, live.total, 10, questions)).toBe(2); // c11, c13
  });

  it('counts new comments that already fell out of the buffer, unfiltered', () => {
    // Paused at total 10; 30 more arrived; the buffer holds only the newest 20 (c20..c39).
    const live = win(20, 40);
    const questions = (c: CommentItem) => c.intent === 'question';
    expect(countNewSince(live.items, live.total, 10, questions)).toBe(10 + 10);
    expect(countNewSince(live.items, live.total, 10, all)).toBe(30);
  });

  it('follows a whole pause cycle: hover, comments arrive, leave', () => {
    let frozen: CommentWindow | null = null;
    frozen = nextFrozen(frozen, true, win(0, 8));
    const later = win(0, 12);
    frozen = nextFrozen(frozen, true, later);
    expect(frozen!.items).toHaveLength(8);
    expect(countNewSince(later.items, later.total, frozen!.total, all)).toBe(4);
    frozen = nextFrozen(frozen, false, later);
    expect(frozen).toBeNull();
  });
});

describe('comments per minute', () => {
  it('shows nothing until 5 s of history exist', () => {
    const s: RateSample[] = [];
    expect(commentRate(s, 0, 0)).toBeNull();
    expect(commentRate(s, 4000, 40)).toBeNull();
    expect(commentRate(s, 5000, 50)).toBe(600);
  });

  it('adds one sample per tick even if called twice for the same tick', () => {
    const s: RateSample[] = [];
    commentRate(s, 0, 0);
    commentRate(s, 1000, 10);
    commentRate(s, 1000, 10);
    expect(s).toHaveLength(2);
  });

  it('measures over the last minute only', () => {
    const s: RateSample[] = [];
    for (let t = 0; t <= 120_000; t += 1000) commentRate(s, t, t < 60_000 ? 0 : (t - 60_000) / 100); // silent, then 600/min
    expect(commentRate(s, 120_000, 600)).toBeCloseTo(600, 0);
    expect(s[0]!.t).toBeGreaterThanOrEqual(60_000);
  });
});

describe('keyboard selection in the comment list', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('selects the newest comment first, in either direction', () => {
    expect(moveSelection(list, null, -1)).toBe('c');
    expect(moveSelection(list, null, 1)).toBe('c');
  });

  it('steps up and down and stops at the ends', () => {
    expect(moveSelection(list, 'b', -1)).toBe('a');
    expect(moveSelection(list, 'b', 1)).toBe('c');
    expect(moveSelection(list, 'a', -1)).toBe('a');
    expect(moveSelection(list, 'c', 1)).toBe('c');
  });

  it('starts again from the newest when the selection is gone, and selects nothing in an empty list', () => {
    expect(moveSelection(list, 'gone', -1)).toBe('c');
    expect(moveSelection([], null, 1)).toBeNull();
  });
});

describe('keyword and block lists', () => {
  it('splits on commas (both widths) and spaces, trims, de-duplicates and caps at 50', () => {
    expect(parseWordList('尺码，发货, 退  尺码\n链接')).toEqual(['尺码', '发货', '退', '链接']);
    expect(parseWordList(' , ，')).toEqual([]);
    expect(parseWordList(Array.from({ length: 60 }, (_, i) => `w${i}`).join(','))).toHaveLength(50);
  });
});
