/** Search text handling: fold, tokenize, the small-list filter. The index is lib/search/search-doc.ts. */
export { foldText } from './fold';
export { tokenize, queryTokens } from './tokenize';
export { matchesQuery } from './matches-query';
