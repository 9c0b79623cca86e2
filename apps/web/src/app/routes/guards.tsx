import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@reform-quiz/contracts';
import { Spinner } from '../../components/ui/spinner';
import { useSession } from '../../lib/session';
import { ForbiddenPage } from './forbidden-page';

/** Signed-in users only; others go to login and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <Spinner />;
  if (session.status === 'anonymous') {
    // After a deliberate logout, the home page; after an expired session, login and back.
    if (session.endReason === 'logout') return <Navigate to="/" replace />;
    return <Navigate to="/login" replace state={{ from: location }} />;
  }
  return children;
}

/** Pages of one role or a few; the page's code is not even requested for other roles. */
export function RequireRole({ allowed, children }: { allowed: Role | readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const roles: readonly Role[] = typeof allowed === 'string' ? [allowed] : allowed;
  const role = session.user?.role;
  return <RequireAuth>{role !== undefined && roles.includes(role) ? children : <ForbiddenPage />}</RequireAuth>;
}
