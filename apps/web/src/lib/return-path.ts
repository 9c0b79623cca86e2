/**
 * Where to go after signing in or registering: the page that sent the user
 * there (router state `from`), if it is one of ours; otherwise `fallback`.
 */
export function returnPath(state: unknown, fallback = '/profile'): string {
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  const path = from?.pathname;
  if (!path || !path.startsWith('/') || path.startsWith('//') || path === '/login' || path === '/register') return fallback;
  return `${path}${from.search ?? ''}`;
}
