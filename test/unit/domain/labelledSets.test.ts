import { describe, expect, it } from 'vitest';
import { COMPLIANCE_CATEGORIES } from '../../../shared/protocol/document';
import { readComments, readTalkingPoints } from '../../support/measureSets';

/** Shape of the public labelled sets of issue 16 (the figures themselves: `npx tsx test/support/measureSets.ts`). */
describe('public labelled sets', () => {
  const { rows, todayOf } = readTalkingPoints();

  it('talking points: ≥ 300 lines for five kinds of goods, 55–62 % flagged, splits in the order written', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.goods))).toEqual(new Set(['apparel', 'beauty', 'food', 'home', 'jewellery']));
    const flagged = rows.filter((r) => r.expected.length > 0).length / rows.length;
    expect(flagged).toBeGreaterThan(0.5);
    expect(flagged).toBeLessThan(0.62); // 836/1391 = 60.1 % with late8 (129 flagged of 201)
    expect(rows.map((r) => r.split).join(' ')).toMatch(/^(dev )+(late )+(late3 )+(late4 )+(late5 )+(late6 )+(late7 )+(late8 ?)+$/);
    // dev (the first ~2/3 of the session-2 set) is still the largest split.
    const sizes = ['dev', 'late', 'late3', 'late4', 'late5', 'late6', 'late7', 'late8'].map((s) => rows.filter((r) => r.split === s).length);
    expect(Math.max(...sizes)).toBe(sizes[0]);
    expect(sizes[0]! / (sizes[0]! + sizes[1]! + sizes[2]!)).toBeGreaterThan(0.6);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('talking points: the held-out split late3 has ≥ 60 lines, flagged and clean, five kinds of goods, all 17 categories', () => {
    const late3 = rows.filter((r) => r.split === 'late3');
    expect(late3.length).toBeGreaterThanOrEqual(60);
    expect(late3.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(20);
    expect(new Set(late3.map((r) => r.goods)).size).toBe(5);
    expect(new Set(late3.flatMap((r) => r.expected))).toEqual(new Set(todayOf.keys()));
  });

  it.each(['late4', 'late5', 'late6', 'late7', 'late8'])('talking points: session-4/5 split %s has ≥ 100 flagged lines (≥ 5 per category) and ≥ 60 clean, five kinds of goods', (split) => {
    const part = rows.filter((r) => r.split === split);
    expect(part.filter((r) => r.expected.length > 0).length).toBeGreaterThanOrEqual(100);
    expect(part.filter((r) => r.expected.length === 0).length).toBeGreaterThanOrEqual(60);
    expect(new Set(part.map((r) => r.goods)).size).toBe(5);
    for (const category of todayOf.keys()) {
      expect(part.filter((r) => r.expected.includes(category)).length, `${split} ${category}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('talking points: no held-out split remains (late8, the last one written, was measured once and tuned on)', () => {
    const { heldOut } = readTalkingPoints();
    // Session 5: late7 (second author) and late8 (third author), both blind, were each measured held out once and are
    // now tuning splits; the file says `# held-out: none` until the next batch of unseen lines is added.
    expect(heldOut).toBeNull();
    expect(rows[rows.length - 1]!.split).toBe('late8');
  });

  it('talking points: every issue-16 category has ≥ 10 lines and maps to a category the lint has today or to "new"', () => {
    expect(todayOf.size).toBe(17);
    for (const [category, today] of todayOf) {
      expect(rows.filter((r) => r.expected.includes(category)).length, category).toBeGreaterThanOrEqual(10);
      if (today !== null) expect(COMPLIANCE_CATEGORIES).toContain(today);
    }
  });

  it('comments: ≥ 1,500 labelled comments, the last ~300 of them in split late2', () => {
    const comments = readComments();
    expect(comments.length).toBeGreaterThanOrEqual(1500);
    const late2 = comments.filter((c) => c.split === 'late2');
    expect(late2.length).toBeGreaterThanOrEqual(250);
    expect(comments.slice(-late2.length).every((c) => c.split === 'late2')).toBe(true);
    expect(new Set(late2.map((c) => c.intent)).size).toBe(8);
  });
});
