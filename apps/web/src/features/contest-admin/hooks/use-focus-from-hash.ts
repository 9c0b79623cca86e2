import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * A link "fix this" points at a field with `#field-id`: once the form is
 * there, focus that field. A frame later, so that the layout's move of focus
 * to the page heading (after every navigation) comes first.
 */
export function useFocusFromHash(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const id = decodeURIComponent(hash.slice(1));
    const frame = requestAnimationFrame(() => {
      const target = document.getElementById(id);
      target?.focus();
      target?.scrollIntoView?.({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, hash]);
}
