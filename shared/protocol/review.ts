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
});
export type ReviewReport = z.infer<typeof ReviewReport>;
