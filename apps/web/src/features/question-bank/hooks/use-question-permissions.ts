import type { Role } from '@reform-quiz/contracts';
import { QUESTION_AUTHOR_ROLES, hasRole } from '../../../lib/question-roles';
import { useSession } from '../../../lib/session';

export interface QuestionPermissions {
  userId: string | null;
  /** Create, edit, submit, review, retire, import, export. Judges only read. */
  canAuthor: boolean;
}

export function questionPermissions(role: Role | null | undefined, userId: string | null = null): QuestionPermissions {
  return { userId, canAuthor: hasRole(role, QUESTION_AUTHOR_ROLES) };
}

export function useQuestionPermissions(): QuestionPermissions {
  const { user } = useSession();
  return questionPermissions(user?.role, user?.id ?? null);
}
