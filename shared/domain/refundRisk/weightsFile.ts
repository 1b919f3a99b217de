import { z } from 'zod';
import { RISK_WEIGHTS, type RiskWeights } from './weights';

/** Name of the fitted weights file in the hub's data folder. */
export const RISK_WEIGHTS_FILE = 'risk-weights.json';
export const RISK_WEIGHTS_FILE_VERSION = 1;

// Bounds keep every uplift in [0, 1) and the model monotone (docs/refund-risk.md, "Monotonicity").
const share = z.number().min(0).max(0.95);
const positive = z.number().gt(0).max(1e6);

export const RiskWeightsSchema = z.object({
  earlyRefunds: z.object({ finalShare: z.number().min(0.05).max(1), prior: z.number().min(1).max(1e6), noise: z.number().min(0).max(10).optional() }).strict(),
  negativeComments: z.object({ max: share, half: positive, prior: z.number().min(0).max(1e6) }).strict(),
  unansweredQuestions: z.object({ max: share, maxSensitive: share, half: positive, prior: z.number().min(0).max(1e6) }).strict()
    .refine((w) => w.maxSensitive >= w.max, { message: 'maxSensitive must be at least max' }),
  pressureSelling: z.object({ max: share, normalShare: z.number().min(0).max(0.9), noise: z.number().min(0).max(10).optional() }).strict(),
  priceClaims: z.object({ max: share, half: positive }).strict(),
  // Absent in files written before it existed: the built-in delay shape.
  refundDelay: z.object({ median: z.number().min(0.1).max(100_000), sigma: z.number().min(0.05).max(5) }).strict()
    .default(RISK_WEIGHTS.refundDelay),
}).strict() satisfies z.ZodType<RiskWeights, unknown>;

/** A weights file as `livedeck calibrate --refit OUT.json` writes it. */
export const RiskWeightsFileSchema = z.object({
  v: z.literal(RISK_WEIGHTS_FILE_VERSION),
  /** ISO time of the fit. */
  fittedAt: z.string().max(64),
  /** What the fit read: recordings and the error before/after (ratio points, GMV-weighted RMS). */
  fit: z.object({ sessions: z.number().int().min(0), products: z.number().int().min(0), rmsBefore: z.number(), rmsAfter: z.number() }).strict(),
  weights: RiskWeightsSchema,
}).strict();
export type RiskWeightsFile = z.infer<typeof RiskWeightsFileSchema>;

export type WeightsCheck = { ok: true; file: RiskWeightsFile } | { ok: false; error: string };

/** A parsed JSON value as a weights file, or why not, in a few words (the first problem). */
export function checkRiskWeightsFile(json: unknown): WeightsCheck {
  const r = RiskWeightsFileSchema.safeParse(json);
  if (r.success) return { ok: true, file: r.data };
  const issue = r.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join('.') || 'file'}: ${issue.message}` : 'not a weights file' };
}
