/**
 * What must not outlive the bench (API processes, databases), undone even
 * when the run is interrupted: each step registers its undo while it lasts.
 */
const pending = new Set<() => Promise<void>>();

export function onInterrupt(undo: () => Promise<void>): () => void {
  pending.add(undo);
  return () => pending.delete(undo);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n[bench] ${signal}: cleaning up…`);
    void Promise.allSettled([...pending].map((undo) => undo())).then(() => process.exit(130));
  });
}
