import type { CueKind, LiveEvent } from '../protocol/events';
import type { PlannedCue, RunOfShow, Slot } from '../protocol/runOfShow';
import { slotPrice } from '../protocol/runOfShow';
import { CUE_ACTIVE_MS } from '../domain/live/cues';
import { phraseFromNote } from './catalog';
import { TimeHeap } from './heap';
import { EventSink } from './sink';
import type { SimContext } from './context';

/** Closing lines that push viewers to buy now (逼单); the last minute of such a slot counts as pressure. */
export const PRESSURE_LINE = /再不抢|就没了|马上(就)?(送完|抢完|恢复|结束)|恢复(日常|原)价|最后\s*\d+\s*(件|单|分钟|秒)|秒杀|抢完|倒计时/;
const PRESSURE_TAIL_MS = 60_000;
/** A producer restocks at most this often per slot. */
const MAX_RESTOCKS_PER_SLOT = 2;

export interface AutoRunOptions {
  show: RunOfShow;
  roomId: string;
  startAt: number;
  /** After the last slot, start again from the first (返场, stock refilled); otherwise end the stream. Default true. */
  loop?: boolean;
  /** Fire a restock this long after the on-air product sells out (null: never). Default 60 s. */
  restockAfterMs?: number | null;
  idPrefix?: string;
  platform?: LiveEvent['platform'];
  /** A pressure-selling show: 逼单 lines the whole time (every order counts as pressured). Default false. */
  pressure?: boolean;
}

export interface AutoRunStep {
  /** Control-room events (explain start/stop, cue.state, product.state, stream.end) in time order. */
  events: LiveEvent[];
  /** What the simulated audience sees now. */
  ctx: SimContext;
}

export interface AutoRun {
  /** Carry out every planned action due at or before `now`; events are stamped `now` (the producer acts when it looks). */
  step(now: number): AutoRunStep;
  /** Feed back the room's events: paid orders use up stock; returns the product.state events that causes. */
  observe(events: readonly LiveEvent[]): LiveEvent[];
  readonly ended: boolean;
  readonly onAirSlotId: string | null;
}

type Action =
  | { kind: 'slotStart'; index: number }
  | { kind: 'slotEnd'; run: number }
  | { kind: 'cueStart'; run: number; cue: PlannedCue }
  | { kind: 'cueEnd'; run: number; key: string }
  | { kind: 'restock'; run: number; productId: string; amount: number | null };

interface ActiveCue { key: string; kind: CueKind; productId: string; phrase: string | null }

/** Restock amount named in a cue note ("补货 200 条"), if any. */
export function restockAmountFromNote(note: string): number | null {
  const m = /补货\s*(\d+)/.exec(note);
  return m ? Number(m[1]) : null;
}

/**
 * A simple producer that runs the show by itself: each slot goes on air for its planned minutes,
 * planned cues fire at their offsets and stay active for CUE_ACTIVE_MS (ended early when the slot
 * ends), stock is tracked from paid orders, a sold-out on-air product is restocked after a minute
 * (twice per slot at most), and after the last slot the show loops or ends. Pure: no timers.
 */
export function createAutoRun(opts: AutoRunOptions): AutoRun {
  const { show } = opts;
  const loop = opts.loop ?? true;
  const restockAfter = opts.restockAfterMs === undefined ? 60_000 : opts.restockAfterMs;
  const sink = new EventSink(opts.idPrefix ?? 'auto-', opts.roomId, opts.platform ?? 'sim');
  const actions = new TimeHeap<Action>();
  const initialStock = new Map(show.products.map((p) => [p.id, p.stock]));
  const stock = new Map(initialStock);
  const soldOut = new Set<string>();
  const price = new Map<string, number>();
  let run = 0;
  let slot: Slot | null = null;
  let slotEnd = 0;
  let restocks = 0;
  let active: ActiveCue[] = [];
  let ended = false;
  let stamp = opts.startAt;

  if (show.slots.length) actions.push(opts.startAt, { kind: 'slotStart', index: 0 });

  const productState = (productId: string) => ({
    productId, stock: Math.max(0, stock.get(productId) ?? 0), soldOut: soldOut.has(productId),
  });

  const endCue = (c: ActiveCue) => {
    sink.add('cue.state', stamp, { kind: c.kind, state: 'end', productId: c.productId });
    active = active.filter((x) => x !== c);
  };

  const restock = (productId: string, amount: number | null) => {
    const base = initialStock.get(productId) ?? 0;
    const add = amount ?? Math.max(20, Math.round(base * 0.3));
    stock.set(productId, Math.max(0, stock.get(productId) ?? 0) + add);
    soldOut.delete(productId);
    sink.add('product.state', stamp, productState(productId));
  };

  const startCue = (cue: PlannedCue, at: number) => {
    if (!slot) return;
    const key = `${run}:${cue.id}`;
    const phrase = cue.kind === 'lucky_bag' ? phraseFromNote(cue.note) : null;
    sink.add('cue.state', stamp, { kind: cue.kind, state: 'start', productId: slot.productId, ...(phrase ? { phrase } : {}) });
    active.push({ key, kind: cue.kind, productId: slot.productId, phrase });
    if (cue.kind === 'restock') restock(slot.productId, restockAmountFromNote(cue.note));
    const endAt = at + CUE_ACTIVE_MS[cue.kind];
    if (endAt < slotEnd) actions.push(endAt, { kind: 'cueEnd', run, key });
  };

  const apply = (a: Action, at: number) => {
    switch (a.kind) {
      case 'slotStart': {
        const s = show.slots[a.index];
        if (!s) return;
        if (a.index === 0 && run > 0) {
          // 返场: refill what sold out in the previous round.
          for (const [id, n] of initialStock) {
            if (soldOut.has(id) || (stock.get(id) ?? 0) < n * 0.2) {
              stock.set(id, Math.max(stock.get(id) ?? 0, n));
              soldOut.delete(id);
              sink.add('product.state', stamp, productState(id));
            }
          }
        }
        run++;
        slot = s;

        slotEnd = at + Math.round(s.plannedMinutes * 60_000);
        restocks = 0;
        const live = slotPrice(show, s);
        price.set(s.productId, live);
        sink.add('explain', stamp, { productId: s.productId, state: 'start' });
        sink.add('product.state', stamp, { ...productState(s.productId), price: live, onShelf: true });
        for (const c of s.cues) actions.push(at + c.offsetSec * 1000, { kind: 'cueStart', run, cue: c });
        actions.push(slotEnd, { kind: 'slotEnd', run });
        return;
      }
      case 'slotEnd': {
        if (a.run !== run || !slot) return;
        for (const c of [...active]) endCue(c);
        sink.add('explain', stamp, { productId: slot.productId, state: 'stop' });
        const next = show.slots.indexOf(slot) + 1;
        slot = null;
        if (next < show.slots.length) actions.push(at, { kind: 'slotStart', index: next });
        else if (loop) actions.push(at, { kind: 'slotStart', index: 0 });
        else {
          sink.add('stream.end', stamp, {});
          ended = true;
        }
        return;
      }
      case 'cueStart':
        if (a.run === run && at < slotEnd) startCue(a.cue, at);
        return;
      case 'cueEnd': {
        const c = active.find((x) => x.key === a.key);
        if (a.run === run && c) endCue(c);
        return;
      }
      case 'restock':
        if (a.run === run && slot?.productId === a.productId && soldOut.has(a.productId)) {
          sink.add('cue.state', stamp, { kind: 'restock', state: 'start', productId: a.productId });
          restock(a.productId, a.amount);
          const endAt = at + CUE_ACTIVE_MS.restock;
          const key = `${run}:restock:${restocks}`;
          active.push({ key, kind: 'restock', productId: a.productId, phrase: null });
          if (endAt < slotEnd) actions.push(endAt, { kind: 'cueEnd', run, key });
        }
        return;
    }
  };

  const context = (now: number): SimContext => {
    if (!slot) return { onAirProductId: null, onAirRole: null, livePrice: 0, soldOut: false, activeCues: [], pressure: false };
    const kinds = [...new Set(active.map((c) => c.kind))];
    const bag = active.find((c) => c.kind === 'lucky_bag' && c.phrase);
    const tail = now >= slotEnd - PRESSURE_TAIL_MS && PRESSURE_LINE.test(slot.talkingPoints.closing);
    return {
      onAirProductId: slot.productId,
      onAirRole: slot.role,
      livePrice: price.get(slot.productId) ?? slotPrice(show, slot),
      soldOut: soldOut.has(slot.productId),
      activeCues: kinds,
      pressure: opts.pressure === true || kinds.includes('flash_sale') || tail,
      ...(bag?.phrase ? { luckyBagPhrase: bag.phrase } : {}),
    };
  };

  return {
    get ended() { return ended; },
    get onAirSlotId() { return (slot as Slot | null)?.id ?? null; },
    step(now) {
      stamp = Math.max(stamp, now);
      while (!ended && actions.peekAt() <= now) {
        const { at, value } = actions.pop()!;
        apply(value, at);
      }
      sink.endTick();
      return { events: sink.drain(), ctx: context(now) };
    },
    observe(events) {
      for (const e of events) {
        if (e.type !== 'order.paid') continue;
        const left = (stock.get(e.productId) ?? 0) - e.quantity;
        stock.set(e.productId, left);
        if (left <= 0 && !soldOut.has(e.productId)) {
          soldOut.add(e.productId);
          sink.add('product.state', e.ts, productState(e.productId));
          const s = slot as Slot | null;
          if (restockAfter !== null && s?.productId === e.productId && restocks < MAX_RESTOCKS_PER_SLOT && e.ts + restockAfter + 120_000 < slotEnd) {
            restocks++;
            actions.push(e.ts + restockAfter, { kind: 'restock', run, productId: e.productId, amount: null });
          }
        }
      }
      sink.endTick();
      return sink.drain();
    },
  };
}
