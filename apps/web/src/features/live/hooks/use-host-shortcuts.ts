import { useEffect, useRef } from 'react';

/** Keys a presentation clicker sends for "next slide". */
export const NEXT_KEYS = new Set(['PageDown', 'ArrowRight']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The clicker's "next" (→ or Page Down) presses the console's primary button
 * wherever focus is, unless the host is typing or a dialog is open. Space and
 * Enter press it too, because the button keeps the focus between phases. A
 * held key does not repeat the step.
 */
export function useHostShortcuts(onNext: (() => void) | null): void {
  const onNextRef = useRef(onNext);
  useEffect(() => {
    onNextRef.current = onNext;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!NEXT_KEYS.has(event.key) || event.repeat || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const next = onNextRef.current;
      if (!next) return;
      event.preventDefault();
      next();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
