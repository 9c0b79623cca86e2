import { useState } from 'react';
import { Link } from 'react-router';
import type { CertificateSummary } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { StatusMessage, type Notice } from '../../../components/ui/status-message';
import { VisuallyHidden } from '../../../components/ui/visually-hidden';
import { errorMessage } from '../../../i18n/error-message';
import { useResultsTranslation } from '../../../i18n/results';
import { certificatePdfUrl } from '../api/certificate-code';
import { useCertificateAttempts } from '../api/get-certificate-attempts';
import { useMyCertificates } from '../api/get-my-certificates';
import { useRequestParticipationCertificate } from '../api/request-participation-certificate';
import { participatedContests } from './participation-requests';
import { formatIssuedDay } from './verification-card';
import './certificates.css';

function CertificateItem({ certificate }: { certificate: CertificateSummary }) {
  const { rt, i18n } = useResultsTranslation();
  const titleId = `certificate-${certificate.code}`;
  const title = certificate.prize ? rt(`prizes.${certificate.prize}`) : rt('verify.kindParticipation');
  return (
    <li className={`certificate-item${certificate.revoked ? ' certificate-item--revoked' : ''}`}>
      <h3 id={titleId} className="certificate-item__title">
        {title}
        {certificate.revoked && <span className="certificate-item__revoked"> — {rt('certificates.revoked')}</span>}
      </h3>
      <p className="certificate-item__contest">
        {certificate.contestTitle}
        {certificate.roundTitle && <span className="certificate-item__round">{certificate.roundTitle}</span>}
      </p>
      <p className="certificate-item__meta">
        <span>{rt('certificates.issuedAt', { at: formatIssuedDay(certificate.issuedAt, i18n.language) })}</span>
        <span className="certificate-item__code">{rt('certificates.code', { code: certificate.code })}</span>
      </p>
      {certificate.revoked && <p className="certificate-item__note">{rt('certificates.revokedNote')}</p>}
      <p className="certificate-item__links">
        {!certificate.revoked && (
          // The PDF is public (the QR code's page shows the same); a plain link opens the phone's PDF viewer.
          <a className="button button--primary" href={certificatePdfUrl(certificate.code)} type="application/pdf">
            {rt('certificates.download')}
            <VisuallyHidden> {certificate.code}</VisuallyHidden>
          </a>
        )}
        <Link to={`/verify/${certificate.code}`}>
          {rt('certificates.verifyLink')}
          <VisuallyHidden> {certificate.code}</VisuallyHidden>
        </Link>
      </p>
    </li>
  );
}

/** Ask for a participation certificate of each contest the entrant took part in; asking twice gives the same one. */
function ParticipationRequests({ certificates }: { certificates: readonly CertificateSummary[] }) {
  const { t, rt } = useResultsTranslation();
  const attempts = useCertificateAttempts();
  const request = useRequestParticipationCertificate();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pendingId, setPendingId] = useState<number | null>(null);

  const ask = (contestId: number, contestTitle: string) => {
    setNotice(null);
    setPendingId(contestId);
    request.mutate(contestId, {
      onSuccess: (certificate) => setNotice({ tone: 'success', text: rt('certificates.participationDone', { contest: contestTitle, code: certificate.code }) }),
      onError: (error) => setNotice({ tone: 'error', text: `${rt('certificates.participationFailed')} ${errorMessage(t, error)}` }),
      onSettled: () => setPendingId(null),
    });
  };

  const contests = attempts.data ? participatedContests(attempts.data, certificates) : [];
  return (
    <section className="form-section" aria-labelledby="participation-title">
      <h2 id="participation-title">{rt('certificates.participationTitle')}</h2>
      <StatusMessage notice={notice} />
      {attempts.isPending ? (
        <Spinner />
      ) : attempts.isError ? (
        <Alert tone="error" title={errorMessage(t, attempts.error)} />
      ) : contests.length === 0 ? (
        <p>{rt('certificates.participationNone')}</p>
      ) : (
        <>
          <p>{rt('certificates.participationLead')}</p>
          <ul className="participation-requests">
            {contests.map((contest) => (
              <li key={contest.contestId} className="participation-requests__item">
                <span className="participation-requests__contest">{contest.contestTitle}</span>
                {contest.issued ? (
                  <span className="participation-requests__done">
                    <span aria-hidden="true">✓ </span>
                    {rt('certificates.participationHas')}
                  </span>
                ) : (
                  <Button
                    variant="secondary"
                    pending={pendingId === contest.contestId}
                    disabled={pendingId !== null}
                    onClick={() => ask(contest.contestId, contest.contestTitle)}
                  >
                    {rt('certificates.participationRequest')}
                    <VisuallyHidden> — {contest.contestTitle}</VisuallyHidden>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** /me/certificates — the entrant's certificates: download the PDF, open the verification page, ask for a participation certificate. */
export function MyCertificatesPage() {
  const { t, rt } = useResultsTranslation();
  const certificates = useMyCertificates();
  return (
    <div className="page page--narrow">
      <PageHeader title={rt('certificates.title')} lead={rt('certificates.lead')} />
      <section aria-labelledby="certificates-list">
        <h2 id="certificates-list">{rt('certificates.listTitle')}</h2>
        {certificates.isPending ? (
          <Spinner />
        ) : certificates.isError ? (
          <Alert tone="error" title={rt('certificates.loadFailed')}>
            <p>{errorMessage(t, certificates.error)}</p>
          </Alert>
        ) : certificates.data.length === 0 ? (
          <p>{rt('certificates.empty')}</p>
        ) : (
          <ul className="certificate-list" data-testid="certificate-list">
            {certificates.data.map((certificate) => (
              <CertificateItem key={certificate.code} certificate={certificate} />
            ))}
          </ul>
        )}
      </section>
      {certificates.data && <ParticipationRequests certificates={certificates.data} />}
      <p>
        <Link to="/me/attempts">{rt('certificates.myAttempts')}</Link>
      </p>
    </div>
  );
}
