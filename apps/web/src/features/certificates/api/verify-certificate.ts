import { queryOptions, useQuery } from '@tanstack/react-query';
import { ErrorCodes, type CertificateVerification } from '@reform-quiz/contracts';
import { apiClient } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

/** The public check behind the QR code: who, what, and whether it still stands. 404 CERTIFICATE_NOT_FOUND for an unknown code. */
export function verifyCertificate(code: string, signal?: AbortSignal): Promise<CertificateVerification> {
  return apiClient.get<CertificateVerification>(`/certificates/${encodeURIComponent(code)}`, { signal });
}

export function certificateVerificationQueryOptions(code: string) {
  return queryOptions({ queryKey: queryKeys.certificates.verify(code), queryFn: ({ signal }) => verifyCertificate(code, signal) });
}

/** `code` in the printed form, or null (nothing asked). */
export function useCertificateVerification(code: string | null) {
  return useQuery({ ...certificateVerificationQueryOptions(code ?? ''), enabled: code !== null });
}

export function isUnknownCertificate(error: unknown): boolean {
  return error instanceof ApiError && error.code === ErrorCodes.CERTIFICATE_NOT_FOUND;
}
