import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserStatus, UserSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Deactivating also signs the user out; activating lets them log in again. */
export function setUserStatus(userId: string, status: UserStatus): Promise<UserSummary> {
  const action = status === 'active' ? 'activate' : 'deactivate';
  return apiClient.post<UserSummary>(`/admin/users/${encodeURIComponent(userId)}/${action}`);
}

export function useSetUserStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, status }: { userId: string; status: UserStatus }) => setUserStatus(userId, status),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminUsers.all }),
  });
}
