import { useRef } from 'react';

/** A list held in form state, with stable React keys that follow its items through moves and removals. */
export interface KeyedList<T> {
  items: readonly T[];
  keys: readonly string[];
  update: (index: number, item: T) => void;
  replace: (items: T[]) => void;
  append: (item: T) => void;
  remove: (index: number) => void;
  move: (from: number, to: number) => void;
}

/**
 * Array editing for a form field (react-hook-form's setValue does the
 * storing). Written here rather than with useFieldArray: that hook would ride
 * along in the shared react-hook-form chunk that every entrant downloads.
 */
export function useKeyedList<T>(items: readonly T[], onChange: (items: T[]) => void, prefix: string): KeyedList<T> {
  const counter = useRef(0);
  const keysRef = useRef<string[]>([]);
  const nextKey = () => `${prefix}-${counter.current++}`;
  // Items changed from outside (a reset): give every new position a key.
  while (keysRef.current.length < items.length) keysRef.current.push(nextKey());
  if (keysRef.current.length > items.length) keysRef.current = keysRef.current.slice(0, items.length);

  const commit = (next: T[], keys: string[]) => {
    keysRef.current = keys;
    onChange(next);
  };

  return {
    items,
    keys: keysRef.current,
    update: (index, item) => commit(items.map((current, i) => (i === index ? item : current)), keysRef.current),
    replace: (next) => commit(next, keysRef.current),
    append: (item) => commit([...items, item], [...keysRef.current, nextKey()]),
    remove: (index) => commit(items.filter((_, i) => i !== index), keysRef.current.filter((_, i) => i !== index)),
    move: (from, to) => {
      const next = [...items];
      const keys = [...keysRef.current];
      next.splice(to, 0, ...next.splice(from, 1));
      keys.splice(to, 0, ...keys.splice(from, 1));
      commit(next, keys);
    },
  };
}
