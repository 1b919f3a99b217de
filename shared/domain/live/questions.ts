import type { PushedQuestion } from '../../protocol/room';

/** Pushed questions not yet answered, newest push first (the prompter's list, the overlays' question). */
export function openQuestions(pushed: readonly PushedQuestion[]): PushedQuestion[] {
  return pushed.filter((q) => q.answeredAt === null).reverse();
}
