import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Refused with 409 UNIT_HAS_CHILDREN or UNIT_IN_USE. */
export function deleteUnit(id: number): Promise<void> {
  return apiClient.delete<void>(`/units/${id}`);
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.units.all }),
  });
}
