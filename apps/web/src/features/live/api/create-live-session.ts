import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateLiveSessionRequest, LiveSessionState } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { serverClock } from '../../../lib/server-clock';

/** A new game in its lobby, with a fresh join code. Refused with ROUND_NOT_LIVE for a self-paced round. */
export function createLiveSession(roundId: number): Promise<LiveSessionState> {
  return serverClock.measure(() => apiClient.post<LiveSessionState>('/live-sessions', { roundId } satisfies CreateLiveSessionRequest));
}

export function useCreateLiveSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLiveSession,
    onSuccess: (state) => {
      queryClient.setQueryData(queryKeys.liveSessions.detail(state.id), state);
      return queryClient.invalidateQueries({ queryKey: queryKeys.liveSessions.round(state.roundId) });
    },
  });
}
