export type { Finding, LintContext, LintSection, PriceFacts, ShowFinding } from './types';
export { lintText, applySuggestion } from './lintText';
export { lintShow, lintSlot, withLexicon, slotLintContext, priceFacts, locateLines, LINT_SECTIONS, slotText } from './lintShow';
export { printedShowLines, printedLineNumbers } from './showLines';
export type { PrintedLine } from './showLines';
export { getCompiledLexicon, compileLexicon, baseTerms, baseAllowList, CATEGORY_INFO } from './lexicon';
export type { CompiledLexicon, CategoryInfo } from './lexicon';
export { yuan } from './money';
