import type { LiveEvent } from '../../../shared/protocol/events';
import type { LiveState } from '../../../shared/protocol/room';
import type { LiveRoom, Section } from '../../../shared/domain/live/commands';
import { applyLiveCommand } from '../../../shared/domain/live/applyLive';
import type { RunOfShow } from '../../../shared/protocol/runOfShow';
import { DEFAULT_THRESHOLDS } from '../../../shared/domain/alerts/thresholds';
import { emptyLiveState, findSlot } from '../../../shared/domain/live/queue';
import { ownEntry, withEntry } from '../../../shared/domain/idTable';

/** A room after one event, and which of its sections changed. */
export interface EventResult {
  room: LiveRoom;
  changed: Section[];
}

export interface EventOptions {
  /** Put the explained product on air when the platform says so (replays of recorded shows). */
  followExplain: boolean;
  newId: () => string;
}

/** What a non-comment event does to the room's state: stock, prices, explain, end of stream. */
export function applyLiveEvent(room: LiveRoom, e: LiveEvent, opts: EventOptions): EventResult {
  switch (e.type) {
    case 'order.paid': return adjustStock(room, e.productId, -e.quantity);
    case 'product.state': return setProductState(room, e.productId, e);
    case 'explain':
      return opts.followExplain && e.state === 'start' ? followExplainStart(room, e.productId, e.ts, opts.newId) : unchanged(room);
    case 'stream.end': return { room: { ...room, live: { ...room.live, ended: true } }, changed: ['live'] };
    default: return unchanged(room);
  }
}

const unchanged = (room: LiveRoom): EventResult => ({ room, changed: [] });

/** The live state of a product (its planned stock until anything happened to it). */
export function productLive(room: LiveRoom, productId: string): LiveState['products'][string] {
  const p = room.show.products.find((x) => x.id === productId);
  return ownEntry(room.live.products, productId) ?? { stock: p?.stock ?? 0, soldOut: false };
}

function adjustStock(room: LiveRoom, productId: string, delta: number): EventResult {
  const cur = productLive(room, productId);
  const stock = Math.max(0, cur.stock + delta);
  return putProductLive(room, productId, { ...cur, stock, soldOut: cur.soldOut || stock === 0 });
}

function setProductState(room: LiveRoom, productId: string, e: { price?: number; stock?: number; soldOut?: boolean }): EventResult {
  const cur = productLive(room, productId);
  return putProductLive(room, productId, {
    ...cur,
    ...(e.price !== undefined ? { price: e.price } : {}),
    ...(e.stock !== undefined ? { stock: e.stock } : {}),
    ...(e.soldOut !== undefined ? { soldOut: e.soldOut } : {}),
  });
}

function putProductLive(room: LiveRoom, productId: string, state: LiveState['products'][string]): EventResult {
  const live = room.live;
  return { room: { ...room, live: { ...live, products: withEntry(live.products, productId, state) } }, changed: ['live'] };
}

/** The platform started explaining a product: put its (next unfinished) slot on air. */
function followExplainStart(room: LiveRoom, productId: string, at: number, newId: () => string): EventResult {
  const { show, live } = room;
  if (findSlot(show, live.onAirSlotId)?.productId === productId) return unchanged(room);
  const done = new Set(live.runs.map((r) => r.slotId));
  const slot = show.slots.find((s) => s.productId === productId && !done.has(s.id)) ?? show.slots.find((s) => s.productId === productId);
  if (!slot) return unchanged(room);
  const result = applyLiveCommand(room, { id: `explain-${at}`, type: 'slot.goTo', slotId: slot.id }, {
    now: at, by: 'platform', findComment: () => null, newId,
  });
  return result.ok ? { room: result.room, changed: result.changed } : unchanged(room);
}

/** A room as it opens: nothing happened yet; the first slot on air when `startOnAir`. */
export function openingRoom(show: RunOfShow, now: number, startOnAir: boolean): LiveRoom {
  let live = emptyLiveState();
  const first = show.slots[0];
  if (startOnAir && first) {
    live = { ...live, onAirSlotId: first.id, onAirSince: now, runs: [{ slotId: first.id, productId: first.productId, startedAt: now, endedAt: null, outcome: null }] };
  }
  return { show, rev: 0, live, cues: [], qa: { pushed: [], answered: [] }, settings: { alertThresholds: DEFAULT_THRESHOLDS } };
}
