/** Longest comment text a mapping passes on (the hub caps viewer text further, as for every source). */
export const MAX_TEXT = 2000;
/** Most likes one LiveEvent carries (the schema's bound). */
export const MAX_LIKES = 100_000;
