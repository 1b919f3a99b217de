import { z } from 'zod';
import { MinutePoint, ProductFigures, RefundRisk, RoomFigures } from './metrics';
import { Intent, SlotRun, Topic } from './room';
import { ProductRole } from './runOfShow';

/** How often viewers said something of one kind about one product (or the room: productId null). */
export const RepeatedComment = z.object({
  text: z.string(),
  count: z.number().int(),
  intent: Intent,
  topic: Topic.nullable(),
  productId: z.string().nullable(),
});
export type RepeatedComment = z.infer<typeof RepeatedComment>;

export const ReviewProduct = ProductFigures.extend({
  name: z.string(),
  category: z.string(),
  price: z.number(),
  /** Roles it was scheduled in. */
  roles: z.array(ProductRole),
  plannedMinutes: z.number(),
  /** Time actually on air, ms (sum of its slot runs). */
  airedMs: z.number(),
  targetGmv: z.number().nullable(),
  targetConversion: z.number().nullable(),
  intents: z.record(z.string(), z.number()),
  topics: z.record(z.string(), z.number()),
});
export type ReviewProduct = z.infer<typeof ReviewProduct>;

// ── Issue 16 item 4: markers, funnel, past sessions, compare (all optional on the report) ─────

/** What a chart marker marks: a cue (福袋, 优惠券, 秒杀, 上链接, 补货), a 讲解, a slot (on-air product) change. */
export const MARKER_KINDS = ['lucky_bag', 'coupon', 'flash_sale', 'link', 'restock', 'explain', 'slot'] as const;
export const MarkerKind = z.enum(MARKER_KINDS);
export type MarkerKind = z.infer<typeof MarkerKind>;

/** One marker on the per-minute chart: when it started and (for cues and 讲解) ended. */
export const ReviewMarker = z.object({
  kind: MarkerKind,
  at: z.number(),
  /** End of the cue or 讲解 (null: still running, or a point in time such as a slot change). */
  endAt: z.number().nullable(),
  productId: z.string().nullable(),
  /** Where it came from: fired in the console, said by the platform, or the slot log. */
  origin: z.enum(['console', 'platform', 'slot']),
  /** 福袋 口令 or the cue's note (data, shown as text). */
  note: z.string().optional(),
});
export type ReviewMarker = z.infer<typeof ReviewMarker>;

export const FUNNEL_STEPS = ['enter', 'exposure', 'click', 'order', 'pay'] as const;
export const FunnelStepKey = z.enum(FUNNEL_STEPS);
export type FunnelStepKey = z.infer<typeof FunnelStepKey>;

/** One step of a Compass-style funnel: null value = no data (never 0); rate from the last step with data. */
export const FunnelStep = z.object({
  step: FunnelStepKey,
  /** People (enter, exposure, click) or orders (order, pay); null = no data for this step. */
  value: z.number().nullable(),
  unit: z.enum(['users', 'orders']),
  /** value ÷ the nearest earlier step with data (null: none, or it was 0). */
  rate: z.number().nullable(),
  /** The step the rate is taken from (not the previous one when a step between has no data). */
  rateFrom: FunnelStepKey.nullable(),
});
export type FunnelStep = z.infer<typeof FunnelStep>;

export const ReviewFunnel = z.object({
  room: z.array(FunnelStep),
  /** Per product id (products with any click or sale). */
  products: z.record(z.string(), z.array(FunnelStep)),
});
export type ReviewFunnel = z.infer<typeof ReviewFunnel>;

/** A session that can be reviewed: the hub's current one, a journaled earlier run, or a recording. */
export const ReviewSession = z.object({
  /** Opaque id for GET /api/review/sessions/:id ('current' = the hub's live session). */
  id: z.string(),
  kind: z.enum(['current', 'journal', 'recording']),
  name: z.string(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  durationMs: z.number(),
  gmv: z.number(),
  /** The file could not be read into a report (listed so it is not silently missing). */
  error: z.string().optional(),
  /** 'building': the report is being built in the background (gmv 0 and the span from the file's first/last lines until it is ready). */
  status: z.enum(['ready', 'building']).optional(),
});
export type ReviewSession = z.infer<typeof ReviewSession>;

/** The 复盘 report of a session: what happened, per minute and per product. */
export const ReviewReport = z.object({
  generatedAt: z.number(),
  title: z.string(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  totals: RoomFigures,
  risk: RefundRisk,
  series: z.array(MinutePoint),
  runs: z.array(SlotRun.extend({ plannedMinutes: z.number(), name: z.string() })),
  products: z.array(ReviewProduct),
  intents: z.record(z.string(), z.number()),
  topQuestions: z.array(RepeatedComment),
  topComplaints: z.array(RepeatedComment),
  /** Cue, 讲解 and slot-change markers for the chart (issue 16; optional: older reports lack them). */
  markers: z.array(ReviewMarker).optional(),
  /** Compass-style funnel of the room and per product (issue 16; optional). */
  funnel: ReviewFunnel.optional(),
});
export type ReviewReport = z.infer<typeof ReviewReport>;
