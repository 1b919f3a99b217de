import type { LiveEvent } from '../../../../shared/protocol/events';
import type { LiveState } from '../../../../shared/protocol/room';
import type { RunOfShow, Slot } from '../../../../shared/protocol/runOfShow';
import { emptyLiveState } from '../../../../shared/domain/live/queue';

export const T0 = Date.UTC(2025, 0, 1, 12, 0, 0);

const talk = { opening: '', sellingPoints: '', priceMechanism: '', closing: '', afterSales: '' };
export function slot(id: string, productId: string, extra: Partial<Slot> = {}): Slot {
  return { id, productId, role: 'hero', plannedMinutes: 10, mechanism: '', talkingPoints: talk, cues: [], targets: {}, ...extra };
}

export function show(): RunOfShow {
  return {
    id: 'show', title: '测试专场',
    products: [
      { id: 'p0', name: '连衣裙', category: 'apparel.women', price: 19_900, stock: 100 },
      { id: 'p1', name: '坚果礼盒', category: 'food', price: 5_900, stock: 50 },
      { id: 'p2', name: '耳机', category: 'electronics', price: 29_900, stock: 20 },
      { id: 'p3', name: '面霜', category: 'beauty.skincare', price: 12_900, stock: 30 },
    ],
    slots: [slot('s0', 'p0'), slot('s1', 'p1'), slot('s2', 'p2'), slot('s3', 'p3')],
  };
}

export function live(extra: Partial<LiveState> = {}): LiveState {
  return { ...emptyLiveState(), ...extra };
}

let n = 0;
type Payload = LiveEvent extends infer E ? E extends LiveEvent ? Omit<E, 'id' | 'platform' | 'roomId' | 'ts'> : never : never;
/** A LiveEvent at `ts` with a fresh id. */
export function ev(ts: number, payload: Payload): LiveEvent {
  return { id: `e${++n}`, platform: 'sim', roomId: 'r1', ts, ...payload } as LiveEvent;
}
