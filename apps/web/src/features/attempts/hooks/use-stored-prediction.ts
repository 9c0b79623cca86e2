import { useCallback, useState } from 'react';

export function predictionStorageKey(attemptId: string): string {
  return `reformquiz.attempt.${attemptId}.prediction`;
}

/** Drops the prediction kept for a finished attempt. */
export function forgetStoredPrediction(attemptId: string): void {
  try {
    globalThis.localStorage?.removeItem(predictionStorageKey(attemptId));
  } catch {
    // Nothing stored.
  }
}

function read(key: string): string {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** The prediction as typed, kept on the device like the answers: a reload or an auto-submit still has it. */
export function useStoredPrediction(attemptId: string): [string, (value: string) => void] {
  const key = predictionStorageKey(attemptId);
  const [value, setValue] = useState(() => read(key));
  const update = useCallback(
    (next: string) => {
      setValue(next);
      try {
        if (next === '') globalThis.localStorage?.removeItem(key);
        else globalThis.localStorage?.setItem(key, next);
      } catch {
        // Kept in memory for this visit.
      }
    },
    [key],
  );
  return [value, update];
}

/** "1.250", "1 250" or "1250" → 1250; empty → null; anything else → undefined (invalid). */
export function parsePrediction(text: string): number | null | undefined {
  const compact = text.replace(/[\s.,]/g, '');
  if (compact === '') return null;
  if (!/^\d{1,10}$/.test(compact)) return undefined;
  const value = Number(compact);
  return value <= 1_000_000_000 ? value : undefined;
}
