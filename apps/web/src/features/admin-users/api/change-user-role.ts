import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangeRoleRequest, Role, UserSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function changeUserRole(userId: string, role: Role): Promise<UserSummary> {
  const body: ChangeRoleRequest = { role };
  return apiClient.patch<UserSummary>(`/admin/users/${encodeURIComponent(userId)}/role`, body);
}

export function useChangeUserRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) => changeUserRole(userId, role),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.adminUsers.all }),
  });
}
