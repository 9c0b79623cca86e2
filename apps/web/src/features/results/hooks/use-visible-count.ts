import { useState } from 'react';

/** How many rows a long list shows at first, and how many more each "show more" adds: a phone on 3G draws a thousand rows slowly. */
export const PAGE_ROWS = 50;

/** The first `step` rows, then `step` more per call of `showMore`. */
export function useVisibleCount(total: number, step = PAGE_ROWS) {
  const [count, setCount] = useState(step);
  const visible = Math.min(count, total);
  return { visible, remaining: total - visible, showMore: () => setCount((current) => current + step) };
}
