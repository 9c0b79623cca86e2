import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CertificateVerification } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A participation certificate for a contest the entrant finished a ranked attempt in; asking twice returns the same one. 409 NOT_A_PARTICIPANT otherwise. */
export function requestParticipationCertificate(contestId: number): Promise<CertificateVerification> {
  return apiClient.post<CertificateVerification>(`/contests/${contestId}/participation-certificate`);
}

export function useRequestParticipationCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contestId: number) => requestParticipationCertificate(contestId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.certificates.mine }),
  });
}
