import { useSession } from '../../../lib/session';

/**
 * Grading, deciding flags and appeals are the jury's (the API allows judges
 * only); organizers and admins who open these pages read them and may scan.
 */
export function useJuryMember(): { isJudge: boolean; userId: string | null } {
  const { user } = useSession();
  return { isJudge: user?.role === 'judge', userId: user?.id ?? null };
}
