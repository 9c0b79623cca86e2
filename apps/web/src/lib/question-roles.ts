import type { Role } from '@reform-quiz/contracts';

/** Who writes, reviews, imports and exports questions. */
export const QUESTION_AUTHOR_ROLES = ['organizer', 'admin'] as const satisfies readonly Role[];
/** Who may read the question bank: authors, and the jury without the answer key. */
export const QUESTION_READER_ROLES = ['organizer', 'admin', 'judge'] as const satisfies readonly Role[];

export function hasRole(role: Role | null | undefined, roles: readonly Role[]): boolean {
  return role !== null && role !== undefined && roles.includes(role);
}
