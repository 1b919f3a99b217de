import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '../../../shared/protocol/events';
import { CUE_ACTIVE_MS } from '../../../shared/domain/live/cues';
import { createAutoRun, restockAmountFromNote } from '../../../shared/sim/autoRun';
import { phraseFromNote } from '../../../shared/sim/catalog';
import { MIN, ofType, SHOW, START } from './support';

/** Step the producer every second for `minutes`, collecting events and contexts. */
function runFor(minutes: number, loop = true) {
  const auto = createAutoRun({ show: SHOW, roomId: 'room', startAt: START, loop });
  const events: LiveEvent[] = [];
  const ctx = new Map<number, ReturnType<typeof auto.step>['ctx']>();
  for (let t = START; t <= START + minutes * MIN; t += 1000) {
    const s = auto.step(t);
    events.push(...s.events);
    ctx.set(t, s.ctx);
  }
  return { auto, events, ctx };
}

const slotStarts = (() => {
  const out: number[] = [];
  let t = START;
  for (const s of SHOW.slots) { out.push(t); t += s.plannedMinutes * MIN; }
  return out;
})();

describe('auto producer (autoRun)', () => {
  it('puts each slot on air for its planned minutes: explain start/stop at the planned times', () => {
    const { events } = runFor(130, false);
    const starts = ofType(events, 'explain').filter((e) => e.state === 'start');
    expect(starts.map((e) => e.productId)).toEqual(SHOW.slots.map((s) => s.productId));
    expect(starts.map((e) => e.ts)).toEqual(slotStarts);
    const stops = ofType(events, 'explain').filter((e) => e.state === 'stop');
    expect(stops).toHaveLength(SHOW.slots.length);
    expect(ofType(events, 'stream.end')).toHaveLength(1);
  });

  it('announces the live price and stock of each product as it goes on air', () => {
    const { events } = runFor(10);
    const first = ofType(events, 'product.state')[0]!;
    expect(first).toMatchObject({ productId: 'p01-tee', price: 1990, stock: 3000, soldOut: false, onShelf: true });
  });

  it('fires planned cues at their offsets with the 福袋 口令, and ends them after CUE_ACTIVE_MS or at slot end', () => {
    const { events, ctx } = runFor(20);
    const s02 = SHOW.slots[1]!;
    const bagAt = slotStarts[1]! + s02.cues.find((c) => c.kind === 'lucky_bag')!.offsetSec * 1000;
    const cues = ofType(events, 'cue.state');
    const bagStart = cues.find((c) => c.kind === 'lucky_bag' && c.state === 'start')!;
    expect(bagStart).toMatchObject({ ts: bagAt, productId: 'p02-scarf', phrase: '秋冬上新' });
    const bagEnd = cues.find((c) => c.kind === 'lucky_bag' && c.state === 'end')!;
    expect(bagEnd.ts).toBe(Math.min(bagAt + CUE_ACTIVE_MS.lucky_bag, slotStarts[2]!));
    const during = ctx.get(bagAt + 60_000)!;
    expect(during.activeCues).toContain('lucky_bag');
    expect(during.luckyBagPhrase).toBe('秋冬上新');
    expect(ctx.get(bagAt - 1000)!.activeCues).not.toContain('lucky_bag');
  });

  it('ends every cue it starts, by the end of the show at the latest', () => {
    const cues = ofType(runFor(130, false).events, 'cue.state');
    const planned = SHOW.slots.reduce((a, s) => a + s.cues.length, 0);
    expect(cues.filter((c) => c.state === 'start')).toHaveLength(planned);
    expect(cues.filter((c) => c.state === 'end')).toHaveLength(planned);
  });

  it('reports pressure during a flash sale', () => {
    const { ctx } = runFor(40);
    const s03 = SHOW.slots[2]!;
    const flashAt = slotStarts[2]! + s03.cues.find((c) => c.kind === 'flash_sale')!.offsetSec * 1000;
    expect(ctx.get(flashAt + 10_000)!.pressure).toBe(true);
    expect(ctx.get(flashAt - 10_000)!.pressure).toBe(false);
  });

  it('tracks stock from paid orders: sold out → soldOut context, then an automatic restock a minute later', () => {
    const auto = createAutoRun({ show: SHOW, roomId: 'room', startAt: START });
    auto.step(START);
    const t = START + 60_000;
    const fed = auto.observe([{ id: 'x1', platform: 'sim', roomId: 'room', ts: t, type: 'order.paid', userId: 'u', orderId: 'o', productId: 'p01-tee', quantity: 3000, amount: 5_970_000 }]);
    expect(fed).toEqual([expect.objectContaining({ type: 'product.state', productId: 'p01-tee', stock: 0, soldOut: true, ts: t })]);
    expect(auto.step(t + 1000).ctx.soldOut).toBe(true);
    const later = auto.step(t + 61_000);
    expect(later.ctx.soldOut).toBe(false);
    expect(later.events).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'cue.state', kind: 'restock', state: 'start' }),
      expect.objectContaining({ type: 'product.state', productId: 'p01-tee', soldOut: false }),
    ]));
  });

  it('loops back to the first slot after the last one (返场) unless told to end', () => {
    const { events } = runFor(130, true);
    const starts = ofType(events, 'explain').filter((e) => e.state === 'start');
    expect(starts.length).toBe(SHOW.slots.length + 1);
    expect(starts.at(-1)!.productId).toBe(SHOW.slots[0]!.productId);
    expect(ofType(events, 'stream.end')).toEqual([]);
  });

  it('reads the 口令 and restock amount from cue notes', () => {
    expect(phraseFromNote('福袋 口令：秋冬上新，5 分钟开奖')).toBe('秋冬上新');
    expect(phraseFromNote('福袋 口令:「周五见」')).toBe('周五见');
    expect(phraseFromNote('上 3 号链接')).toBeNull();
    expect(restockAmountFromNote('补货 200 条')).toBe(200);
    expect(restockAmountFromNote('加库存')).toBeNull();
  });
});
