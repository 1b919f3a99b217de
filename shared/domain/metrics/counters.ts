/**
 * Cumulative room counters, stored as one Float64Array row. The engine keeps the live row and
 * a checkpoint row per second (the state at the start of that second), so any windowed figure
 * is a difference of two rows and prev5 is the same computation five minutes back.
 */
export const C = {
  /** viewer.enter events. */
  ENTERS: 0,
  LEAVES: 1,
  COMMENTS: 2,
  LIKES: 3,
  /** Paid amount, fen (refunds not removed). */
  GMV: 4,
  UNITS: 5,
  /** Distinct paid orders. */
  PAID: 6,
  /** Distinct orders created (a paid order with no created event counts as created). */
  CREATED: 7,
  /** Refund amount, fen. */
  REFUND: 8,
  /** ∫ online dt, viewer·milliseconds. */
  ONLINE_MS: 9,
  /** max(distinct entering users, platform cumulative viewers). */
  TOTAL_VIEWERS: 10,
  /** Distinct paying users. */
  BUYERS: 11,
  /** Distinct users who clicked a product. */
  CLICK_USERS: 12,
  FOLLOWERS: 13,
  FANS: 14,
  /** Online at that instant. */
  ONLINE: 15,
  /** Session average of per-minute online at that instant. */
  AVG_ONLINE: 16,
  /** Distinct users who liked, commented or shared in the 5 minutes up to that instant. */
  INTERACT_5M: 17,
  /** Distinct product-click users in the 5 minutes up to that instant. */
  CLICKERS_5M: 18,
  CLICKS: 19,
} as const;

export const COUNTER_COUNT = 20;
export type Row = Float64Array;
