import type { Role } from '@reform-quiz/contracts';

/** Who configures contests and rounds, publishes, closes and archives them. */
export const CONTEST_MANAGER_ROLES = ['organizer', 'admin'] as const satisfies readonly Role[];
/** Who may see contest management: managers, and the jury read-only. */
export const CONTEST_VIEWER_ROLES = ['organizer', 'admin', 'judge'] as const satisfies readonly Role[];
