import lexicon from '../../../assets/lexicon/comments.json';
import { CommentClassifier, type CommentClass } from './classifier';

export type { CommentClass, Explanation, MatchInfo } from './classifier';
export { CommentClassifier } from './classifier';

/** The classifier over the shipped lexicon (assets/lexicon/comments.json), built on first use. */
let shared: CommentClassifier | null = null;
function defaultClassifier(): CommentClassifier {
  if (!shared) shared = new CommentClassifier(lexicon);
  return shared;
}

/**
 * Classify one viewer comment into an intent (and a topic for questions). Linear time in the
 * comment length, no per-call allocation; the returned object is shared and frozen.
 * Rules and priority: the $comment of assets/lexicon/comments.json.
 */
export function classifyComment(text: string): CommentClass {
  return defaultClassifier().classify(text);
}

/** The evidence behind `classifyComment(text)` (normalised text, matches, scores). */
export function explainComment(text: string) {
  return defaultClassifier().explain(text);
}
