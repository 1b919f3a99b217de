import { z } from 'zod';

/**
 * The producer's additions to the compliance lint. Saved in the show document and carried by the
 * run-of-show that goes live (RunOfShow.lexicon), so the editor, the hub and the prompter lint
 * with the same input.
 */
export const COMPLIANCE_CATEGORIES = [
  'absolute', 'endorsement', 'unverifiable', 'medical', 'superstition',
  'pressure', 'clickbait', 'diversion', 'price', 'custom',
  // Issue 16: categories with their own legal basis (docs/compliance.md).
  'efficacy-guarantee', 'disparagement', 'review-inducement', 'platform-comparison', 'fake-certification',
  'false-urgency', 'fake-loss', 'celebrity-endorsement', 'food-health',
] as const;
export const ComplianceCategory = z.enum(COMPLIANCE_CATEGORIES);
export type ComplianceCategory = z.infer<typeof ComplianceCategory>;

export const FindingSeverity = z.enum(['error', 'warning']);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/** A word the producer added to the lint (kept in the document, merged with assets/lexicon). */
export const UserLexiconTerm = z.object({
  term: z.string().trim().min(1).max(50),
  category: ComplianceCategory,
  severity: FindingSeverity,
  /** Rewrite of the matched span; empty string = delete the span. */
  suggestion: z.string().max(100).optional(),
  reason: z.string().max(300).optional(),
});
export type UserLexiconTerm = z.infer<typeof UserLexiconTerm>;

export const UserLexicon = z.object({
  terms: z.array(UserLexiconTerm).max(2000),
  /** Exceptions: phrases never flagged (trademarks, category names, consumer tips). */
  allow: z.array(z.string().trim().min(1).max(100)).max(2000),
});
export type UserLexicon = z.infer<typeof UserLexicon>;
