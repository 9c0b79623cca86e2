import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUnitRequest, Unit } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function createUnit(body: CreateUnitRequest): Promise<Unit> {
  return apiClient.post<Unit>('/units', body);
}

/** Invalidates every unit query: the tree and the pickers' searches. */
export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.units.all }),
  });
}
