import { textOfRange } from './range-text';
import { MAX_CAPTURE_BYTES, truncateUtf8, type Truncated } from './truncate';

export type CapturedSelection = Truncated;

export interface SelectionOptions {
  maxBytes?: number;
  imageAlt?: boolean;
}

/**
 * The user's selection as plain text, ready to store: each range cloned and walked (never
 * serialized HTML, never innerText), ranges joined by a line (Firefox selects table cells as
 * several ranges), then cut to 100 KB at a grapheme boundary with a visible mark.
 */
export function captureSelection(selection: Selection | readonly Range[], options: SelectionOptions = {}): CapturedSelection {
  const texts = rangesOf(selection)
    .map((range) => textOfRange(range, { imageAlt: options.imageAlt }))
    .filter((text) => text !== '');
  return truncateUtf8(texts.join('\n'), options.maxBytes ?? MAX_CAPTURE_BYTES);
}

function rangesOf(selection: Selection | readonly Range[]): readonly Range[] {
  if (isRangeList(selection)) return selection;
  const ranges: Range[] = [];
  for (let i = 0; i < selection.rangeCount; i += 1) ranges.push(selection.getRangeAt(i));
  return ranges;
}

function isRangeList(selection: Selection | readonly Range[]): selection is readonly Range[] {
  return Array.isArray(selection);
}
