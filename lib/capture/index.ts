export { textFromFragment, type TextOptions } from './text-from-node';
export { textOfRange } from './range-text';
export { captureSelection, type CapturedSelection, type SelectionOptions } from './selection';
export { capturePage, type CapturedPage, type PageOptions } from './page';
export { captureLink, safeUrl, SAFE_LINK_PROTOCOLS, MAX_URL_LENGTH, type CapturedLink } from './link';
export { truncateUtf8, clipGraphemes, utf8Length, MAX_CAPTURE_BYTES, type Truncated } from './truncate';
export { CaptureDraft, CaptureKind, captureKinds, headline, type CaptureDraftInput } from './draft';
export { draftToRecords, appendNote, type CaptureRecords, type RecordDeps } from './draft-records';
export { domainsOfPage } from './domain-of-page';
