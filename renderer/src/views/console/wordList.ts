/** Most words a highlight or block list keeps. */
export const MAX_WORDS = 50;

/** A typed word list: split on commas (, or ，) and whitespace, trimmed, de-duplicated, capped. */
export function parseWordList(s: string): string[] {
  return [...new Set(s.split(/[,，\s]+/).map((w) => w.trim()).filter(Boolean))].slice(0, MAX_WORDS);
}
