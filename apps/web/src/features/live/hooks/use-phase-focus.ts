import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the element holding the ref whenever `key` changes (a new
 * phase, a new question) — not on the first render, where the page's own
 * heading has it. Keyboard and screen-reader users start at what is new.
 */
export function usePhaseFocus<T extends HTMLElement>(key: string): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = key;
    if (before === null || before === key) return;
    ref.current?.focus();
  }, [key]);
  return ref;
}
