import { emptyLiveState } from '../../../../shared/domain/live/queue';
import {
  emptyTalkingPoints,
  type Alert, type CommentItem, type Delta, type FiredCue, type LiveState, type MetricsSnapshot, type PlannedCue,
  type ProductFigures, type RoomFigures, type RoomSnapshot, type RunOfShow, type Slot,
} from '../../../../shared/protocol';

/** Small, schema-valid protocol values for renderer unit tests (built by hand, no hub). */
export const T0 = Date.UTC(2024, 10, 8, 12);

export function comment(id: string, over: Partial<CommentItem> = {}): CommentItem {
  return { id, ts: T0, userId: `u-${id}`, nickname: `观众${id}`, text: `评论${id}`, intent: 'chitchat', topic: null, productId: null, ...over };
}

export const question = (id: string, topic: CommentItem['topic'], over: Partial<CommentItem> = {}) =>
  comment(id, { intent: 'question', topic, text: `问题${id}`, ...over });

export function slot(id: string, productId: string, over: Partial<Slot> = {}): Slot {
  return { id, productId, role: 'hero', plannedMinutes: 10, mechanism: '', talkingPoints: emptyTalkingPoints(), cues: [], targets: {}, ...over };
}

export function plannedCue(id: string, offsetSec: number, over: Partial<PlannedCue> = {}): PlannedCue {
  return { id, kind: 'coupon', offsetSec, note: `cue ${id}`, ...over };
}

/** Three products, three slots s1..s3 (10, 5, 8 minutes). */
export function show(over: Partial<RunOfShow> = {}): RunOfShow {
  return {
    id: 'show-1',
    title: '双11 专场',
    products: [
      { id: 'p1', name: '羊毛大衣', category: 'apparel.women', price: 59900, stock: 100 },
      { id: 'p2', name: '保温杯', category: 'home', price: 4990, stock: 5 },
      { id: 'p3', name: '面霜', category: 'beauty.skincare', price: 12900, stock: 40 },
    ],
    slots: [slot('s1', 'p1'), slot('s2', 'p2', { plannedMinutes: 5 }), slot('s3', 'p3', { plannedMinutes: 8 })],
    ...over,
  };
}

export function live(over: Partial<LiveState> = {}): LiveState {
  return { ...emptyLiveState(), ...over };
}

/** s1 on air since `since`. */
export function liveOnAir(slotId = 's1', productId = 'p1', since = T0, over: Partial<LiveState> = {}): LiveState {
  return live({ onAirSlotId: slotId, onAirSince: since, runs: [{ slotId, productId, startedAt: since, endedAt: null, outcome: null }], ...over });
}

export function figures(over: Partial<RoomFigures> = {}): RoomFigures {
  return {
    online: 0, avgOnline: 0, totalViewers: 0, enterPerMin: 0, leavePerMin: 0, avgWatchSec: 0, interactionRate: 0,
    followRate: 0, fanclubRate: 0, gmv: 0, buyers: 0, units: 0, avgOrderValue: 0, conversion: 0, clickRate: 0,
    clickToOrder: 0, gpm: 0, uvValue: 0, refundAmount: 0, refundRate: 0, createdOrders: 0, paidOrders: 0, payRate: 0,
    unpaidOrders: 0, comments: 0, likes: 0, ...over,
  };
}

export function productFigures(productId: string, over: Partial<ProductFigures> = {}): ProductFigures {
  return {
    productId, clicks: 0, clicks5m: 0, clickUsers: 0, gmv: 0, gmv5m: 0, buyers: 0, units: 0, conversion: 0, refundAmount: 0,
    refundRate: 0, stock: 0, soldOut: false, explainCount: 0, explainMs: 0, bestMinuteGmv: 0, risk: { rate: 0, atRisk: 0, norm: 0, excessAtRisk: 0, reasons: [] }, ...over,
  };
}

export function metrics(asOf = T0, over: Partial<MetricsSnapshot> = {}): MetricsSnapshot {
  return { asOf, now: figures(), prev5: null, series: [], products: {}, risk: { rate: 0.1, atRisk: 0, norm: 0.1, excessAtRisk: 0, reasons: [] }, ...over };
}

export function snapshot(seq: number, over: Partial<RoomSnapshot> = {}): RoomSnapshot {
  return {
    roomId: 'room-1', seq, serverTime: T0 + seq * 100, startedAt: T0, rev: 1, show: show(), live: liveOnAir(),
    cues: [], qa: { pushed: [], answered: [] }, metrics: metrics(), comments: [], alerts: [], peers: [], ...over,
  };
}

export function delta(seq: number, over: Partial<Delta> = {}): Delta {
  return { seq, serverTime: T0 + seq * 100, ...over };
}

export function firedCue(id: string, over: Partial<FiredCue> = {}): FiredCue {
  return { id, kind: 'coupon', note: '', slotId: null, plannedCueId: null, firedAt: T0, firedBy: '助播', ackedAt: null, ackedBy: null, ...over };
}

export function alert(id: string, over: Partial<Alert> = {}): Alert {
  return { id, kind: 'viewer_drop', severity: 'warning', code: 'viewer_drop', params: { drop: 0.3, from: 100, to: 70 }, productId: null, at: T0, ...over };
}
