import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UpdateUnitRequest } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function updateUnit(id: number, body: UpdateUnitRequest): Promise<Unit> {
  return apiClient.patch<Unit>(`/units/${id}`, body);
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateUnitRequest }) => updateUnit(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.units.all }),
  });
}
