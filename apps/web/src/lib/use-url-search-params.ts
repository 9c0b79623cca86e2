import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';

export type SetUrlSearchParams = (next: URLSearchParams, options?: { replace?: boolean }) => void;

/**
 * The query string as URLSearchParams, and a setter that navigates to the same
 * path with new ones. React Router's useSearchParams does this too, but only
 * lazily loaded pages need it and its code would land in the bundle every
 * entrant downloads; useLocation and useNavigate are in that bundle already.
 */
export function useUrlSearchParams(): [URLSearchParams, SetUrlSearchParams] {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback<SetUrlSearchParams>(
    (next, options = {}) => {
      const query = next.toString();
      void navigate({ pathname, search: query ? `?${query}` : '' }, { replace: options.replace });
    },
    [navigate, pathname],
  );
  return [params, setParams];
}
