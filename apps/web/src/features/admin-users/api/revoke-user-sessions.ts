import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Signs the user out on every device. */
export function revokeUserSessions(userId: string): Promise<void> {
  return apiClient.delete<void>(`/admin/users/${encodeURIComponent(userId)}/sessions`);
}

/** Sessions are not part of any list the app shows, so nothing is invalidated. */
export function useRevokeUserSessions() {
  return useMutation({ mutationFn: revokeUserSessions });
}
