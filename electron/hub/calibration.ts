import { createInterface } from 'node:readline';
import type { CalibrationSession, RefundTiming } from '../../shared/domain/refundRisk/fit';
import type { RiskWeights } from '../../shared/domain/refundRisk/weights';
import { EARLY_REFUND_MS } from '../../shared/domain/metrics/constants';
import type { LiveEvent } from '../../shared/protocol/events';
import type { RunOfShow } from '../../shared/protocol/runOfShow';
import { openRecording } from './recordings/recordingFile';
import { Room } from './room/room';
import { checkEventLine } from './sources/eventLine';

/** Also the line between pre-shipment refund requests and after-delivery returns (the tail, 1.5 days on). */
const DAY_MS = 86_400_000;
const BATCH = 2000;

/** Predicted (at stream end) against realised (refunds requested by the end of the file) for one slice. */
export interface RiskOutcome {
  gmv: number;
  /** Category norm (GMV-weighted for the room). */
  norm: number;
  predicted: number;
  realised: number;
}

export interface RecordingRisk {
  file: string;
  roomId: string;
  /** The stream's end (stream.end, else the last event). */
  endAt: number;
  /** Days of refund tail after the end that the file holds (0 without one). */
  tailDays: number;
  hasStreamEnd: boolean;
  events: number;
  badLines: number;
  room: RiskOutcome;
  /** Paid orders of the products counted, and the sum of their squared amounts (fen²): the pooled binomial interval's effective sample size. */
  orders: number;
  sumSquaredAmounts: number;
  products: Array<RiskOutcome & { productId: string; name: string }>;
  /** What the model read per product at the end, with the realised refunds (the refit's input). */
  session: CalibrationSession;
  /** When the refunds of the recording were requested after payment (the refit measures finalShare and refundDelay on it). */
  timing: RefundTiming;
}

/**
 * Replay one recording offline through the hub's own room (the same intake, metric engine and
 * refund-risk model as a live session; followExplain on, as `livedeck replay` does): every event
 * up to stream.end goes into the room, the model's prediction is read at the end, and every
 * refund requested in the file (the tail after stream.end included) is the realised outcome,
 * capped per order at the order's paid amount.
 */
export async function replayRecordingRisk(file: string, opts: { show: RunOfShow; weights: RiskWeights }): Promise<RecordingRisk> {
  let room: Room | null = null;
  let batch: LiveEvent[] = [];
  let endAt: number | null = null;
  let lastTs = 0;
  let lastInStream = 0;
  let events = 0;
  let badLines = 0;
  let roomId = 'room';
  const paid = new Map<string, { productId: string; amount: number; at: number }>();
  const refunded = new Map<string, number>();
  /** First refund request per order, epoch ms. */
  const firstRequest = new Map<string, number>();
  const flush = () => {
    if (batch.length && room) room.ingest(batch, batch[batch.length - 1]!.ts);
    batch = [];
  };

  const lines = createInterface({ input: openRecording(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const checked = checkEventLine(line);
    if (!checked.ok) { badLines++; continue; }
    const e = checked.event;
    events++;
    lastTs = Math.max(lastTs, e.ts);
    if (e.type === 'order.paid') paid.set(e.orderId, { productId: e.productId, amount: e.amount, at: e.ts });
    if (e.type === 'refund.requested') {
      refunded.set(e.orderId, (refunded.get(e.orderId) ?? 0) + e.amount);
      if (!firstRequest.has(e.orderId)) firstRequest.set(e.orderId, e.ts);
    }
    if (endAt !== null) continue; // the tail: outcomes only
    if (!room) {
      roomId = e.roomId;
      room = new Room({ roomId, show: opts.show, now: e.ts });
      room.followExplain = true;
      room.setRiskWeights(opts.weights);
    }
    batch.push(e);
    lastInStream = Math.max(lastInStream, e.ts);
    if (e.type === 'stream.end') endAt = e.ts;
    if (batch.length >= BATCH) flush();
  }
  flush();

  const end = endAt ?? lastInStream;
  const point = room?.calibrationPoint(end) ?? null;
  const realisedByProduct = new Map<string, number>();
  let orders = 0;
  let sumSquaredAmounts = 0;
  const timing: RefundTiming = { refunded: 0, early: 0, delaysMs: [] };
  for (const [orderId, order] of paid) {
    if (order.amount > 0 && (point?.signals.get(order.productId)?.gmv ?? 0) > 0) { orders++; sumSquaredAmounts += order.amount * order.amount; }
    const r = Math.min(order.amount, refunded.get(orderId) ?? 0);
    if (r > 0) realisedByProduct.set(order.productId, (realisedByProduct.get(order.productId) ?? 0) + r);
    const first = firstRequest.get(orderId);
    if (r > 0 && first !== undefined && order.at <= end) {
      const delay = first - order.at;
      timing.refunded += r;
      if (delay <= EARLY_REFUND_MS) timing.early += r;
      if (delay > 0 && delay < DAY_MS) timing.delaysMs.push(delay);
    }
  }
  const names = new Map(opts.show.products.map((p) => [p.id, p.name]));
  const session: CalibrationSession = { products: [] };
  const products: RecordingRisk['products'] = [];
  let gmv = 0;
  let refunds = 0;
  if (point) {
    for (const [productId, signals] of point.signals) {
      if (!(signals.gmv > 0)) continue;
      const realisedRefund = Math.min(signals.gmv, realisedByProduct.get(productId) ?? 0);
      session.products.push({ signals, realisedRefund });
      const risk = point.metrics.products[productId]!.risk;
      products.push({ productId, name: names.get(productId) ?? productId, gmv: signals.gmv, norm: risk.norm, predicted: risk.rate, realised: realisedRefund / signals.gmv });
      gmv += signals.gmv;
      refunds += realisedRefund;
    }
  }
  products.sort((a, b) => b.gmv - a.gmv);
  const risk = point?.metrics.risk;
  return {
    file, roomId, endAt: end, tailDays: Math.max(0, (lastTs - end) / DAY_MS), hasStreamEnd: endAt !== null, events, badLines,
    room: { gmv, norm: risk?.norm ?? 0, predicted: gmv > 0 ? risk?.rate ?? 0 : 0, realised: gmv > 0 ? refunds / gmv : 0 },
    orders, sumSquaredAmounts, products, session, timing,
  };
}
