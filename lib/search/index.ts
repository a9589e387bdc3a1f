/** Search for the panel and dashboard: fold, tokenize, prefix index, small-list filter. */
export { foldText } from './fold';
export { tokenize, queryTokens } from './tokenize';
export { matchesQuery } from './matches-query';
export { recordFromAccount, recordFromContact } from './record';
export type { RecordKind, SearchRecord } from './record';
export { SearchIndex } from './search-index';
export type { QueryOptions, SearchHit } from './search-index';
