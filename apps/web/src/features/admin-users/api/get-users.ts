import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Page, UserListQuery, UserSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function getUsers(query: UserListQuery, signal?: AbortSignal): Promise<Page<UserSummary>> {
  return apiClient.get<Page<UserSummary>>('/admin/users', {
    query: {
      q: query.q,
      role: query.role,
      status: query.status,
      category: query.category,
      unitId: query.unitId,
      page: query.page,
      pageSize: query.pageSize,
    },
    signal,
  });
}

export function usersQueryOptions(query: UserListQuery) {
  return queryOptions({
    queryKey: queryKeys.adminUsers.list(query),
    queryFn: ({ signal }) => getUsers(query, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export function useUsers(query: UserListQuery) {
  return useQuery(usersQueryOptions(query));
}
