import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LiveSessionState } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import { serverClock } from '../../../lib/server-clock';

/**
 * The host's four steps: open the next question (from the lobby or a
 * reveal), close the open one early, reveal the answer (once closed), finish
 * on the podium. A step the game's phase does not allow is 409
 * LIVE_PHASE_CONFLICT.
 */
export type LiveCommand = 'next' | 'close' | 'reveal' | 'finish';

export function runLiveCommand(id: string, command: LiveCommand): Promise<LiveSessionState> {
  return serverClock.measure(() => apiClient.post<LiveSessionState>(`/live-sessions/${id}/${command}`));
}

/** The answer is the new state (everyone else hears it over the socket); a phase conflict means the console is behind: fetch it again. */
export function useRunLiveCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: LiveCommand) => runLiveCommand(id, command),
    onSuccess: (state) => {
      queryClient.setQueryData(queryKeys.liveSessions.detail(id), state);
      if (state.phase === 'podium') void queryClient.invalidateQueries({ queryKey: queryKeys.leaderboards.all });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: queryKeys.liveSessions.detail(id) });
    },
  });
}
