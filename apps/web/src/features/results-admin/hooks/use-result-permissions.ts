import type { Role } from '@reform-quiz/contracts';
import { useSession } from '../../../lib/session';

/** Who does what with result snapshots, by the API's rules. */
export interface ResultPermissions {
  userId: string | null;
  role: Role | null;
  /** Organizers, judges and admins freeze results and download the workbooks. */
  canCreate: boolean;
  /** Members of the jury approve, one approval each. */
  isJudge: boolean;
  /** The committee publishes and downloads the certificates. */
  isManager: boolean;
}

export function useResultPermissions(): ResultPermissions {
  const { user } = useSession();
  const role = user?.role ?? null;
  return {
    userId: user?.id ?? null,
    role,
    canCreate: role === 'organizer' || role === 'judge' || role === 'admin',
    isJudge: role === 'judge',
    isManager: role === 'organizer' || role === 'admin',
  };
}
