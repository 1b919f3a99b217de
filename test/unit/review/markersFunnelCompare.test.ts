import { describe, expect, it } from 'vitest';
import { Room } from '../../../electron/hub/room/room';
import { loadSampleShow } from '../../../electron/hub/sampleShow';
import { compareProducts, compareTotals, alignSeries, diffOf } from '../../../shared/domain/review/compare';
import { funnelSteps, roomFunnel } from '../../../shared/domain/review/funnel';
import { MarkerLog } from '../../../shared/domain/review/markerLog';
import { buildMarkers } from '../../../shared/domain/review/markers';
import type { LiveEvent } from '../../../shared/protocol/events';
import type { RoomFigures } from '../../../shared/protocol/metrics';
import type { FiredCue } from '../../../shared/protocol/room';
import type { ReviewProduct, ReviewReport } from '../../../shared/protocol/review';

const T0 = Date.UTC(2026, 10, 8, 12, 0, 0);
const base = { platform: 'sim' as const, roomId: 'r' };
const caller = { id: 'u', name: '助播', role: 'producer' as const };

describe('review markers', () => {
  it('pairs platform cue and 讲解 starts with their ends, and ignores a repeated start', () => {
    const log = new MarkerLog();
    const ev: LiveEvent[] = [
      { ...base, id: '1', ts: T0, type: 'cue.state', kind: 'lucky_bag', state: 'start', productId: 'p1', phrase: '口令666' },
      { ...base, id: '2', ts: T0 + 5_000, type: 'cue.state', kind: 'lucky_bag', state: 'start', productId: 'p1' },
      { ...base, id: '3', ts: T0 + 10_000, type: 'explain', productId: 'p1', state: 'start' },
      { ...base, id: '4', ts: T0 + 120_000, type: 'cue.state', kind: 'lucky_bag', state: 'end', productId: 'p1' },
      { ...base, id: '5', ts: T0 + 300_000, type: 'explain', productId: 'p1', state: 'stop' },
      { ...base, id: '6', ts: T0 + 310_000, type: 'explain', productId: 'p2', state: 'stop' },
    ];
    for (const e of ev) log.observe(e);
    expect(log.all()).toEqual([
      { kind: 'lucky_bag', at: T0, endAt: T0 + 120_000, productId: 'p1', origin: 'platform', note: '口令666' },
      { kind: 'explain', at: T0 + 10_000, endAt: T0 + 300_000, productId: 'p1', origin: 'platform' },
    ]);
    const copy = new MarkerLog();
    copy.load(log.serialise());
    expect(copy.all()).toEqual(log.all());
  });

  it('merges slot changes, console cues (ended by countdown, withdrawal or a minute) and platform markers, oldest first', () => {
    const cue = (over: Partial<FiredCue>): FiredCue => ({
      id: 'c', kind: 'flash_sale', note: '', slotId: 's1', plannedCueId: null, firedAt: T0 + 60_000, firedBy: '助播', ackedAt: null, ackedBy: null, productId: 'p1', ...over,
    });
    const markers = buildMarkers({
      runs: [
        { slotId: 's1', productId: 'p1', startedAt: T0, endedAt: T0 + 600_000, outcome: 'done' },
        { slotId: 's2', productId: 'p2', startedAt: T0 + 600_000, endedAt: null, outcome: null },
      ],
      cues: [
        cue({ countdownSec: 30 }),
        cue({ id: 'c2', kind: 'coupon', firedAt: T0 + 200_000, withdrawnAt: T0 + 230_000 }),
        cue({ id: 'c3', kind: 'link', firedAt: T0 + 400_000, note: '3号链接' }),
      ],
      // The platform's echo of the console's 秒杀 (5 s later) is the same cue; its 讲解 is its own.
      platform: [
        { kind: 'flash_sale', at: T0 + 65_000, endAt: T0 + 95_000, productId: 'p1', origin: 'platform' },
        { kind: 'explain', at: T0 + 1_000, endAt: null, productId: 'p1', origin: 'platform' },
      ],
      now: T0 + 900_000,
    });
    expect(markers.map((m) => [m.kind, m.at - T0, m.endAt === null ? null : m.endAt - T0, m.origin])).toEqual([
      ['slot', 0, null, 'slot'],
      ['explain', 1_000, null, 'platform'],
      ['flash_sale', 60_000, 90_000, 'console'],
      ['coupon', 200_000, 230_000, 'console'],
      ['link', 400_000, 460_000, 'console'],
      ['slot', 600_000, null, 'slot'],
    ]);
    expect(markers.find((m) => m.kind === 'link')?.note).toBe('3号链接');
  });

  it('reaches the report: a cue fired in the console and a platform 讲解 are markers of GET /api/review', () => {
    const show = loadSampleShow();
    const room = new Room({ roomId: 'r', show, now: T0, startOnAir: true });
    const slot = show.slots[0]!;
    expect(room.apply({ id: 'f1', type: 'cue.fire', kind: 'lucky_bag', note: '', slotId: slot.id } as never, caller, T0 + 30_000).ok).toBe(true);
    room.ingest([{ ...base, id: 'x1', ts: T0 + 40_000, type: 'explain', productId: slot.productId, state: 'start' }], T0 + 40_000);
    room.apply({ id: 'n1', type: 'slot.takeNext' }, caller, T0 + 300_000);
    const r = room.review(T0 + 360_000);
    expect(r.markers!.map((m) => [m.kind, m.at - T0])).toEqual([['slot', 0], ['lucky_bag', 30_000], ['explain', 40_000], ['slot', 300_000]]);
  });
});

describe('review funnel', () => {
  it('leaves a step without data as null and takes the next rate from the last step with data', () => {
    const steps = funnelSteps({ enter: 1000, exposure: null, click: 200, order: 50, pay: 40 }, ['enter', 'exposure', 'click', 'order', 'pay']);
    expect(steps).toEqual([
      { step: 'enter', value: 1000, unit: 'users', rate: null, rateFrom: null },
      { step: 'exposure', value: null, unit: 'users', rate: null, rateFrom: null },
      { step: 'click', value: 200, unit: 'users', rate: 0.2, rateFrom: 'enter' },
      { step: 'order', value: 50, unit: 'orders', rate: 0.25, rateFrom: 'click' },
      { step: 'pay', value: 40, unit: 'orders', rate: 0.8, rateFrom: 'order' },
    ]);
    // A zero step is data (0), and the rate after it has no base.
    expect(funnelSteps({ click: 0, order: 0 }, ['click', 'order'])[1]).toEqual({ step: 'order', value: 0, unit: 'orders', rate: null, rateFrom: 'click' });
  });

  it('builds the room funnel from the room figures; click users missing (older snapshot) is no data, not 0', () => {
    const f = { totalViewers: 800, createdOrders: 30, paidOrders: 24 } as RoomFigures;
    expect(roomFunnel(f, 120).map((s) => s.value)).toEqual([800, null, 120, 30, 24]);
    const old = roomFunnel(f, undefined);
    expect(old[2]!.value).toBeNull();
    expect(old[3]).toMatchObject({ value: 30, rate: 30 / 800, rateFrom: 'enter' });
  });

  it('counts the room and per-product funnel from events through the hub room', () => {
    const show = loadSampleShow();
    const room = new Room({ roomId: 'r', show, now: T0, startOnAir: true });
    const pid = show.slots[0]!.productId;
    const ev: LiveEvent[] = [];
    for (let i = 0; i < 10; i++) ev.push({ ...base, id: `e${i}`, ts: T0 + 1000, type: 'viewer.enter', userId: `u${i}` });
    for (let i = 0; i < 4; i++) ev.push({ ...base, id: `k${i}`, ts: T0 + 2000, type: 'product.click', userId: `u${i}`, productId: pid });
    ev.push({ ...base, id: 'k9', ts: T0 + 2000, type: 'product.click', userId: 'u0', productId: pid });
    for (let i = 0; i < 3; i++) ev.push({ ...base, id: `o${i}`, ts: T0 + 3000, type: 'order.created', userId: `u${i}`, orderId: `o${i}`, productId: pid, quantity: 1, amount: 9900 });
    for (let i = 0; i < 2; i++) ev.push({ ...base, id: `p${i}`, ts: T0 + 4000, type: 'order.paid', userId: `u${i}`, orderId: `o${i}`, productId: pid, quantity: 1, amount: 9900 });
    room.ingest(ev, T0 + 4000);
    const r = room.review(T0 + 60_000);
    expect(r.funnel!.room.map((s) => s.value)).toEqual([10, null, 4, 3, 2]);
    expect(r.funnel!.room.map((s) => s.rate)).toEqual([null, null, 0.4, 0.75, 2 / 3]);
    expect(r.funnel!.products[pid]!.map((s) => [s.step, s.value])).toEqual([['exposure', null], ['click', 4], ['order', 3], ['pay', 2]]);
  });
});

const product = (productId: string, gmv: number, name = productId): ReviewProduct => ({ productId, name, gmv, buyers: gmv / 100, conversion: 0.1 } as ReviewProduct);
function report(startedAt: number, over: Partial<ReviewReport> & { gmv?: number; viewers?: number }): ReviewReport {
  return {
    generatedAt: startedAt + 3_600_000, title: 't', startedAt, endedAt: startedAt + 3_600_000,
    totals: { gmv: over.gmv ?? 0, totalViewers: over.viewers ?? 0 } as RoomFigures,
    series: [], runs: [], products: [], intents: {}, topQuestions: [], topComplaints: [], risk: {} as never, ...over,
  } as ReviewReport;
}

describe('review compare (直播PK)', () => {
  it('gives B against A, absolute and relative; no relative difference from a zero base', () => {
    expect(diffOf(200, 250)).toEqual({ a: 200, b: 250, abs: 50, pct: 0.25 });
    expect(diffOf(0, 5)).toEqual({ a: 0, b: 5, abs: 5, pct: null });
    const rows = compareTotals(report(T0, { gmv: 100_000, viewers: 2000 }), report(T0 + 86_400_000, { gmv: 80_000, viewers: 2000, endedAt: T0 + 86_400_000 + 5_400_000 }));
    expect(rows.find((r) => r.key === 'gmv')).toEqual({ key: 'gmv', a: 100_000, b: 80_000, abs: -20_000, pct: -0.2 });
    expect(rows.find((r) => r.key === 'totalViewers')).toMatchObject({ abs: 0, pct: 0 });
    expect(rows.find((r) => r.key === 'durationMin')).toMatchObject({ a: 60, b: 90, abs: 30, pct: 0.5 });
  });

  it('aligns per-minute points by minutes since each start', () => {
    const start = T0 + 30_000; // starts half a minute into a wall-clock minute
    const pts = [0, 1, 2].map((i) => ({ t: T0 + i * 60_000, online: i } as ReviewReport['series'][number]));
    expect(alignSeries(report(start, { series: pts })).map((p) => p.minute)).toEqual([0, 1, 2]);
  });

  it('matches products by id and lists the unmatched of each side', () => {
    const a = report(T0, { products: [product('p1', 500), product('p2', 300), product('p3', 100)] });
    const b = report(T0, { products: [product('p2', 900, '羊绒大衣'), product('p4', 50), product('p1', 100)] });
    const c = compareProducts(a, b);
    expect(c.matched.map((m) => [m.productId, m.gmv.abs])).toEqual([['p2', 600], ['p1', -400]]);
    expect(c.matched[0]!.name).toBe('羊绒大衣');
    expect(c.onlyA.map((p) => p.productId)).toEqual(['p3']);
    expect(c.onlyB.map((p) => p.productId)).toEqual(['p4']);
  });
});

describe('review of a show replaced mid-broadcast', () => {
  it('keeps the names and roles of the replaced show’s aired products', () => {
    const show = loadSampleShow();
    const room = new Room({ roomId: 'r', show, now: T0, startOnAir: true });
    const first = show.slots[0]!;
    const firstName = show.products.find((p) => p.id === first.productId)!.name;
    room.ingest([{ ...base, id: 'pay', ts: T0 + 5000, type: 'order.paid', userId: 'b', orderId: 'o', productId: first.productId, quantity: 1, amount: 5000 }], T0 + 5000);
    // The new show has none of the old products.
    const next = {
      ...show, id: 'show-2', title: '换品后',
      products: show.products.map((p) => ({ ...p, id: `n-${p.id}`, name: `新${p.name}` })),
      slots: show.slots.map((s) => ({ ...s, id: `n-${s.id}`, productId: `n-${s.productId}` })),
    };
    expect(room.apply({ id: 'rep', type: 'show.replace', rev: room.rev, show: next }, caller, T0 + 120_000).ok).toBe(true);
    room.apply({ id: 'go', type: 'slot.takeNext' }, caller, T0 + 130_000);
    const r = room.review(T0 + 200_000);
    const old = r.products.find((p) => p.productId === first.productId)!;
    expect(old.name).toBe(firstName);
    expect(old.roles).toEqual([first.role]);
    expect(old.plannedMinutes).toBe(first.plannedMinutes);
    expect(r.runs[0]!.name).toBe(firstName);
    expect(r.runs[0]!.plannedMinutes).toBe(first.plannedMinutes);
    // Every product id the report mentions has a name that is not the raw id.
    for (const id of new Set([...r.runs.map((x) => x.productId), ...r.products.map((p) => p.productId)])) {
      expect(r.products.find((p) => p.productId === id)?.name).not.toBe(id);
    }
    // Kept across a checkpoint.
    const again = Room.fromState(JSON.parse(JSON.stringify(room.serialise())));
    expect(again.review(T0 + 200_000).products.find((p) => p.productId === first.productId)!.name).toBe(firstName);
  });
});
