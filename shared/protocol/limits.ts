/**
 * Length limits of the texts people write (characters), one table for the schemas and the
 * editor's counters. Generous enough for real scripts (issue 14 item 7).
 */
export const TEXT_LIMITS = {
  /** One talking-point section of a slot (开场, 卖点, …). */
  talkingPoint: 20_000,
  /** A slot's price mechanism line. */
  mechanism: 1_000,
  /** A planned cue's note, and an ad-hoc cue's note. */
  cueNote: 1_000,
  /** The show's title. */
  showTitle: 200,
} as const;
