import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, SessionResponse } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function login(body: LoginRequest): Promise<SessionResponse> {
  return apiClient.post<SessionResponse>('/auth/login', body, { auth: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      // Whatever the previous user saw must not leak into this session.
      queryClient.clear();
      apiClient.startSession(session);
      queryClient.setQueryData(queryKeys.me, session.user);
    },
  });
}
