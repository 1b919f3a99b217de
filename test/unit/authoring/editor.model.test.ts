import { describe, expect, it } from 'vitest';
import { RunOfShow } from '../../../shared/protocol/runOfShow';
import sample from '../../../assets/sample-show.json';
import { showTable } from '../../../renderer/src/views/rundown/model/exportTable';
import { toCsv } from '../../../shared/text/csv';
import {
  addCue, duplicateSlot, fmtOffset, mergeProducts, moveSlot, parseOffset, parseYuan, removeCue, removeSlot, runningTotals, updateCue,
} from '../../../renderer/src/views/rundown/model/showEdits';
import { showActions, useShowStore } from '../../../renderer/src/views/rundown/store/show.slice';

const show = RunOfShow.parse(sample);
const ids = (s: RunOfShow) => s.slots.map((x) => x.id);

describe('queue edits', () => {
  it('moves a slot down and up, keeping every other slot in order', () => {
    expect(ids(moveSlot(show, 0, 2)).slice(0, 4)).toEqual(['s02', 's03', 's01', 's04']);
    expect(ids(moveSlot(show, 3, 0)).slice(0, 4)).toEqual(['s04', 's01', 's02', 's03']);
    expect(moveSlot(show, 1, 1)).toBe(show);
  });

  it('duplicates a slot right after itself with fresh ids, and removes one', () => {
    const d = duplicateSlot(show, 2, 'copy', (i) => `c${i}`);
    expect(ids(d).slice(2, 5)).toEqual(['s03', 'copy', 's04']);
    expect(d.slots[3]!.cues.map((c) => c.id)).toEqual(['c0', 'c1', 'c2']);
    expect(d.slots[3]!.talkingPoints).toEqual(show.slots[2]!.talkingPoints);
    expect(d.slots[3]!.talkingPoints).not.toBe(show.slots[2]!.talkingPoints);
    expect(ids(removeSlot(d, 3))).toEqual(ids(show));
  });

  it('keeps cues sorted by offset', () => {
    let s = addCue(show.slots[0]!, 'x', 'flash_sale', 200);
    expect(s.cues.map((c) => c.offsetSec)).toEqual([60, 200, 300]);
    s = updateCue(s, 'x', { offsetSec: 10 });
    expect(s.cues.map((c) => c.id)).toEqual(['x', 's01-c1', 's01-c2']);
    expect(removeCue(s, 'x').cues).toHaveLength(2);
  });

  it('sums planned minutes and slot starts for the running total', () => {
    const { total, starts } = runningTotals(show);
    expect(total).toBe(show.slots.reduce((a, s) => a + s.plannedMinutes, 0));
    expect(starts.slice(0, 3)).toEqual([0, 10, 18]);
  });

  it('merges imported products: same id replaces, new ids append', () => {
    const r = mergeProducts(show, [{ ...show.products[0]!, price: 1 }, { id: 'new', name: '新品', category: 'other', price: 100, stock: 1 }]);
    expect(r).toMatchObject({ added: 1, replaced: 1 });
    expect(r.show.products[0]!.price).toBe(1);
    expect(r.show.products.at(-1)!.id).toBe('new');
  });

  it('parses the editor inputs', () => {
    expect(parseOffset('2:30')).toBe(150);
    expect(parseOffset('2分30秒')).toBe(150);
    expect(parseOffset('90')).toBe(90);
    expect(parseOffset('abc')).toBeNull();
    expect(fmtOffset(150)).toBe('02:30');
    expect(parseYuan('¥39.9')).toBe(3990);
    expect(parseYuan('1,299')).toBe(129900);
    expect(parseYuan('1.999')).toBeNull();
  });
});

describe('undo / redo history', () => {
  it('undoes and redoes edits; typing into one field within a moment is one step', () => {
    showActions.load(show);
    showActions.editShow((s) => moveSlot(s, 0, 1));
    showActions.edit((snap) => ({ ...snap, show: { ...snap.show, title: 'A' } }), 'title', 1000);
    showActions.edit((snap) => ({ ...snap, show: { ...snap.show, title: 'AB' } }), 'title', 1500);
    showActions.edit((snap) => ({ ...snap, show: { ...snap.show, title: 'ABC' } }), 'title', 5000);
    expect(useShowStore.getState().past).toHaveLength(3);
    showActions.undo();
    expect(useShowStore.getState().show.title).toBe('AB');
    showActions.undo();
    expect(useShowStore.getState().show.title).toBe(show.title);
    expect(ids(useShowStore.getState().show).slice(0, 2)).toEqual(['s02', 's01']);
    showActions.undo();
    expect(ids(useShowStore.getState().show).slice(0, 2)).toEqual(['s01', 's02']);
    showActions.redo();
    showActions.redo();
    expect(useShowStore.getState().show.title).toBe('AB');
    showActions.editShow((s) => ({ ...s, title: 'new branch' }));
    expect(useShowStore.getState().future).toEqual([]);
  });

  it('puts lexicon changes in the same history', () => {
    showActions.load(show);
    showActions.editLexicon((l) => ({ ...l, allow: ['栖木'] }));
    expect(useShowStore.getState().lexicon.allow).toEqual(['栖木']);
    showActions.undo();
    expect(useShowStore.getState().lexicon.allow).toEqual([]);
  });
});

describe('export table and CSV', () => {
  it('has one row per slot with start, product, live price, mechanism and cues', () => {
    const rows = showTable(show);
    expect(rows).toHaveLength(show.slots.length + 1);
    expect(rows[1]!.slice(0, 8)).toEqual([1, '0:00', 10, 'p01-tee', '德绒圆领打底衫 秋冬内搭修身长袖', '引流款', '19.9', '79.9']);
    expect(rows[1]![14]).toBe('01:00 上链接：上 1 号链接，助播口播“链接已上”\n05:00 优惠券：发新人关注券 满 99 减 10');
  });

  it('writes Excel-friendly CSV: BOM, CRLF, quoting, and formula cells neutralised', () => {
    const csv = toCsv([['a', 'b,c'], ['=cmd|x', 'say "hi"\nthere'], [3, '@x']]);
    expect(csv).toBe('\ufeffa,"b,c"\r\n\'=cmd|x,"say ""hi""\nthere"\r\n3,\'@x\r\n');
  });
});
