import { CONTEST_MANAGER_ROLES } from '../../../lib/contest-roles';
import { hasRole } from '../../../lib/question-roles';
import { useSession } from '../../../lib/session';

/** Organizers and admins configure and publish; judges see the same pages read-only. */
export function useCanManageContests(): boolean {
  const { user } = useSession();
  return hasRole(user?.role, CONTEST_MANAGER_ROLES);
}
