import { useLayoutEffect, useRef, type RefObject } from 'react';
import { flipOffsets, prefersReducedMotion } from '../components/flip';

const DURATION_MS = 700;

/**
 * Animates rows (elements with `data-flip-key` inside the container) from
 * where they were to where a new ranking puts them, with transforms only.
 * Nothing moves for people who ask for reduced motion.
 */
export function useFlip(containerRef: RefObject<HTMLElement | null>, order: string): void {
  const positions = useRef(new Map<string, number>());

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const rows = [...container.querySelectorAll<HTMLElement>('[data-flip-key]')];
    const after = new Map(rows.map((row) => [row.dataset['flipKey'] ?? '', row.getBoundingClientRect().top]));
    const offsets = flipOffsets(positions.current, after);
    positions.current = after;
    if (offsets.size === 0 || prefersReducedMotion()) return;
    for (const row of rows) {
      const offset = offsets.get(row.dataset['flipKey'] ?? '');
      if (!offset) continue;
      row.style.transition = 'none';
      row.style.transform = `translateY(${offset}px)`;
    }
    // Next frame: let every shifted row glide back to its new place.
    const frame = requestAnimationFrame(() => {
      for (const row of rows) {
        if (!offsets.has(row.dataset['flipKey'] ?? '')) continue;
        row.style.transition = `transform ${DURATION_MS}ms cubic-bezier(0.2, 0.7, 0.2, 1)`;
        row.style.transform = '';
      }
    });
    return () => {
      // A newer ranking came before the glide started: put rows where they are, then measure again.
      cancelAnimationFrame(frame);
      for (const row of rows) row.style.transform = '';
    };
  }, [containerRef, order]);
}
