import { assessRefundRisk, type RiskSignals } from './model';
import type { RiskWeights } from './weights';

/** One product of one recorded session: what the model read at stream end, and what came back. */
export interface CalibrationProduct {
  signals: RiskSignals;
  /** Refund amount requested by the end of the recording (the tail included), fen. */
  realisedRefund: number;
}

/** One recorded session (a room): its products. */
export interface CalibrationSession {
  products: CalibrationProduct[];
}

/** When the refunds of a recording were requested after payment: amounts in fen, and the delays of pre-shipment requests. */
export interface RefundTiming {
  /** Refund amount of the orders paid in the stream (capped per order at its amount), the tail included. */
  refunded: number;
  /** The part of it whose first request came within EARLY_REFUND_MS of payment. */
  early: number;
  /** Delay from payment to the first request, ms, of every request within a day of payment (pre-shipment). */
  delaysMs: number[];
}

/** Fewest pre-shipment refund requests the delay shape is measured on. */
const MIN_DELAYS = 20;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The refund timing the model assumes, measured on recordings (with their refund tail) instead of
 * fitted: earlyRefunds.finalShare = early refund amount ÷ all refund amount, and refundDelay = the
 * log-normal of the pre-shipment request delays (median = exp(mean ln d), sigma = sd ln d).
 * Null when the recordings hold too few refunds to say.
 */
export function measureRefundTiming(ts: readonly RefundTiming[]): Pick<RiskWeights, 'refundDelay'> & { finalShare: number } | null {
  let refunded = 0;
  let early = 0;
  let n = 0;
  let sum = 0;
  let sumSq = 0;
  for (const t of ts) {
    refunded += t.refunded;
    early += t.early;
    for (const d of t.delaysMs) {
      if (!(d > 0)) continue;
      const l = Math.log(d / 60_000);
      n++;
      sum += l;
      sumSq += l * l;
    }
  }
  if (!(refunded > 0) || !(early > 0) || n < MIN_DELAYS) return null;
  const mean = sum / n;
  const sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  return {
    finalShare: Math.min(1, Math.max(0.05, round2(early / refunded))),
    refundDelay: { median: Math.max(0.1, round2(Math.exp(mean))), sigma: Math.min(5, Math.max(0.05, round2(sd))) },
  };
}

const gmvOf = (s: CalibrationSession) => s.products.reduce((a, p) => a + Math.max(0, p.signals.gmv), 0);

/** Realised refund rate of a room: refunds requested ÷ GMV (0 without GMV). */
export function realisedRate(s: CalibrationSession): number {
  const gmv = gmvOf(s);
  return gmv > 0 ? s.products.reduce((a, p) => a + Math.min(p.realisedRefund, p.signals.gmv), 0) / gmv : 0;
}

/** Predicted refund rate of a room with these weights: the GMV-weighted mean of its products' rates. */
export function predictedRate(s: CalibrationSession, w: RiskWeights): number {
  const gmv = gmvOf(s);
  if (!(gmv > 0)) return 0;
  return s.products.reduce((a, p) => a + (p.signals.gmv / gmv) * assessRefundRisk(p.signals, w).rate, 0);
}

/**
 * Fit error: root of the mean over sessions of the GMV-weighted squared product error
 * (predicted − realised)², so every session counts once and, within it, products by their GMV.
 */
export function fitError(sessions: readonly CalibrationSession[], w: RiskWeights): number {
  let sum = 0;
  let n = 0;
  for (const s of sessions) {
    const gmv = gmvOf(s);
    if (!(gmv > 0)) continue;
    for (const p of s.products) {
      if (!(p.signals.gmv > 0)) continue;
      const d = assessRefundRisk(p.signals, w).rate - Math.min(1, p.realisedRefund / p.signals.gmv);
      sum += (p.signals.gmv / gmv) * d * d;
    }
    const room = predictedRate(s, w) - realisedRate(s);
    sum += room * room;
    n++;
  }
  return n ? Math.sqrt(sum / n) : 0;
}

const range = (from: number, to: number, step: number) => {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) out.push(Math.round((from + i * step) * 1e6) / 1e6);
  return out;
};

/**
 * The weights the fit moves, each over a fixed grid (the uplifts' maxima, and how much the early
 * refunds count). The half-saturations and the priors of the comment signals stay as they are:
 * with a few dozen sessions they are not identifiable next to the maxima. How refunds are timed
 * (earlyRefunds.finalShare, refundDelay) is measured, not fitted (measureRefundTiming).
 */
const AXES: ReadonlyArray<{ name: string; grid: number[]; set: (w: RiskWeights, v: number) => RiskWeights }> = [
  { name: 'earlyRefunds.prior', grid: [1, 2, 5, 10, 15, 20, 30, 40, 60, 80, 120, 200, 400], set: (w, v) => ({ ...w, earlyRefunds: { ...w.earlyRefunds, prior: v } }) },
  { name: 'negativeComments.max', grid: range(0, 0.35, 0.01), set: (w, v) => ({ ...w, negativeComments: { ...w.negativeComments, max: v } }) },
  {
    name: 'unansweredQuestions.max', grid: range(0, 0.3, 0.01),
    // One scale for both: maxSensitive stays 3 × max (capped), as the judgement weights had it.
    set: (w, v) => ({ ...w, unansweredQuestions: { ...w.unansweredQuestions, max: Math.round((v / 3) * 1e6) / 1e6, maxSensitive: v } }),
  },
  { name: 'pressureSelling.max', grid: range(0, 0.95, 0.01), set: (w, v) => ({ ...w, pressureSelling: { ...w.pressureSelling, max: v } }) },
  { name: 'pressureSelling.normalShare', grid: range(0, 0.5, 0.01), set: (w, v) => ({ ...w, pressureSelling: { ...w.pressureSelling, normalShare: v } }) },
  { name: 'priceClaims.max', grid: range(0, 0.3, 0.01), set: (w, v) => ({ ...w, priceClaims: { ...w.priceClaims, max: v } }) },
];
/** Names of the weights the fit moves (what `livedeck calibrate --hold` accepts). */
export const FIT_AXES: readonly string[] = AXES.map((a) => a.name);

export interface FitResult {
  weights: RiskWeights;
  rmsBefore: number;
  rmsAfter: number;
  passes: number;
}

/**
 * Refit the model's weights on recorded sessions: coordinate descent over the grids in AXES (each
 * pass tries every value of one weight with the others held, keeps the best), until a pass
 * improves the error by less than 1e-6 or after 8 passes. Deterministic; the model's form, and so
 * its monotonicity, is unchanged — only the weights move. Axes named in `hold` keep their start value
 * (e.g. signals the recordings cannot inform: the simulator's refunds ignore comments).
 */
export function fitWeights(sessions: readonly CalibrationSession[], start: RiskWeights, hold: ReadonlySet<string> = new Set()): FitResult {
  const rmsBefore = fitError(sessions, start);
  let best = start;
  let bestErr = rmsBefore;
  let passes = 0;
  while (passes < 8) {
    passes++;
    const before = bestErr;
    for (const axis of AXES) {
      if (hold.has(axis.name)) continue;
      for (const v of axis.grid) {
        const w = axis.set(best, v);
        const e = fitError(sessions, w);
        if (e < bestErr - 1e-12) { best = w; bestErr = e; }
      }
    }
    if (before - bestErr < 1e-6) break;
  }
  return { weights: best, rmsBefore, rmsAfter: bestErr, passes };
}
