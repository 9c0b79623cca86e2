import { useCallback, useEffect, useRef, useState } from 'react';

/** A problem the server found, kept on its field while the value stays as it was sent. */
export interface ServerProblem<S extends string> {
  slot: S;
  code: string;
  snapshot: string;
}

/**
 * When a form's problems show, and where focus goes after a failed submit:
 * a field's own problems once the person has left it (or after a submit),
 * the server's until the value changes; the error summary (or the alert)
 * takes focus after a refusal so screen readers read it first.
 */
export function useFormFeedback<S extends string>() {
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverProblems, setServerProblems] = useState<ServerProblem<S>[]>([]);
  // Bumped on every failed submit so that the focus effect runs again.
  const [, setFailures] = useState(0);
  const focusPending = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusPending.current) return;
    const target = summaryRef.current ?? alertRef.current;
    if (target) {
      target.focus();
      focusPending.current = false;
    }
  });

  const visit = useCallback((key: string) => setVisited((previous) => (previous.has(key) ? previous : new Set(previous).add(key))), []);
  const failed = useCallback(() => {
    focusPending.current = true;
    setFailures((count) => count + 1);
  }, []);

  return {
    visit,
    /** Whether the form's own problems of this key may show now. */
    shows: (key: string) => submitted || visited.has(key),
    submitted,
    setSubmitted,
    serverProblems,
    setServerProblems,
    failed,
    summaryRef,
    alertRef,
  };
}
