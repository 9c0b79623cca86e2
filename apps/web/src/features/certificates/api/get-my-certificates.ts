import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CertificateSummary } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The signed-in entrant's certificates, newest first. */
export function getMyCertificates(signal?: AbortSignal): Promise<CertificateSummary[]> {
  return apiClient.get<CertificateSummary[]>('/me/certificates', { signal });
}

export function myCertificatesQueryOptions() {
  return queryOptions({ queryKey: queryKeys.certificates.mine, queryFn: ({ signal }) => getMyCertificates(signal) });
}

export function useMyCertificates() {
  return useQuery(myCertificatesQueryOptions());
}
