import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'react';

type Options = Pick<VirtualizerOptions<HTMLDivElement, Element>, 'count' | 'getScrollElement' | 'estimateSize' | 'overscan'>;

/**
 * TanStack Virtual's core bound to React for a vertical list in a scrolling element: the same
 * life cycle as its React adapter (options every render, mount and update in layout effects,
 * a re-render when the visible range changes), without the adapter's hook, which the React
 * Compiler lint rejects because it returns functions that must not be memoised. Here the one
 * instance lives in state and every render reads it afresh.
 */
export function useRowVirtualizer(options: Options): Virtualizer<HTMLDivElement, Element> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: () => rerender(),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLDivElement, Element>(resolved));
  virtualizer.setOptions(resolved);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
