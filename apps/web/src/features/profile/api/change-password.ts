import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';

export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return apiClient.post<void>('/me/password', body);
}

/** Changes nothing any query shows, so it invalidates nothing. */
export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
