import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UnitOption, UnitSearchQuery } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function searchUnits(query: UnitSearchQuery, signal?: AbortSignal): Promise<UnitOption[]> {
  return apiClient.get<UnitOption[]>('/units', { query: { q: query.q, kind: query.kind, limit: query.limit }, signal, auth: false });
}

export function searchUnitsQueryOptions(query: UnitSearchQuery) {
  return queryOptions({
    queryKey: queryKeys.units.search(query),
    queryFn: ({ signal }) => searchUnits(query, signal),
    // Units change rarely; keep results while the user types on.
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useUnitSearch(query: UnitSearchQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...searchUnitsQueryOptions(query), enabled: options.enabled ?? true });
}
