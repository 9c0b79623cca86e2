import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Unit } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every unit, flat, each with its parentId; the tree is built on the client. */
export function getUnitTree(signal?: AbortSignal): Promise<Unit[]> {
  return apiClient.get<Unit[]>('/units/tree', { signal });
}

export function unitTreeQueryOptions() {
  return queryOptions({ queryKey: queryKeys.units.tree, queryFn: ({ signal }) => getUnitTree(signal) });
}

export function useUnitTreeQuery() {
  return useQuery(unitTreeQueryOptions());
}
