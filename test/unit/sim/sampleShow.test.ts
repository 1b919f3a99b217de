import { describe, expect, it } from 'vitest';
import { RunOfShow, slotPrice } from '../../../shared/protocol/runOfShow';
import sample from '../../../assets/sample-show.json';
import categories from '../../../assets/categories.json';

describe('assets/sample-show.json', () => {
  const show = RunOfShow.parse(sample);

  it('parses as a RunOfShow with ten products, one slot each', () => {
    expect(show.products).toHaveLength(10);
    expect(show.slots).toHaveLength(10);
    expect(new Set(show.slots.map((s) => s.productId)).size).toBe(10);
  });

  it('uses every role, known categories and slots of 8 to 20 minutes', () => {
    expect(new Set(show.slots.map((s) => s.role))).toEqual(new Set(['traffic', 'welfare', 'hero', 'profit', 'image']));
    for (const p of show.products) expect(Object.keys(categories.categories)).toContain(p.category);
    for (const s of show.slots) {
      expect(s.plannedMinutes).toBeGreaterThanOrEqual(8);
      expect(s.plannedMinutes).toBeLessThanOrEqual(20);
    }
  });

  it('prices each slot below the list price and gives every product SKUs', () => {
    for (const s of show.slots) {
      const p = show.products.find((x) => x.id === s.productId)!;
      expect(slotPrice(show, s)).toBeGreaterThan(0);
      expect(slotPrice(show, s)).toBeLessThanOrEqual(p.listPrice ?? Infinity);
      expect(p.skus?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('fills all five talking-point sections in Chinese and plans cues inside each slot', () => {
    for (const s of show.slots) {
      for (const text of Object.values(s.talkingPoints)) expect(text.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(20);
      for (const c of s.cues) expect(c.offsetSec).toBeLessThan(s.plannedMinutes * 60);
    }
    const kinds = new Set(show.slots.flatMap((s) => s.cues.map((c) => c.kind)));
    expect(kinds).toEqual(new Set(['lucky_bag', 'coupon', 'flash_sale', 'link', 'restock']));
  });

  it('contains the deliberate risky phrases a compliance lint must catch', () => {
    const all = show.slots.map((s) => Object.values(s.talkingPoints).join('\n')).join('\n');
    expect(all).toContain('全网最低');
    expect(all).toContain('再不抢就没了');
  });
});
