import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterRequest, SessionResponse } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function register(body: RegisterRequest): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/auth/register', body, { auth: false });
}

/** Registers and signs the new entrant in. */
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: (session) => {
      apiClient.startSession(session);
      queryClient.setQueryData(queryKeys.me, session.user);
    },
  });
}
