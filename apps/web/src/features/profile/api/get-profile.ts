import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Profile } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getProfile(signal?: AbortSignal): Promise<Profile> {
  return apiClient.get<Profile>('/me', { signal });
}

export function profileQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getProfile(signal),
  });
}

export function useProfile() {
  return useQuery(profileQueryOptions());
}
