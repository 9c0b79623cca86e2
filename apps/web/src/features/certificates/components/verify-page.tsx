import { useParams } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../i18n/error-message';
import { useResultsTranslation } from '../../../i18n/results';
import { normalizeCertificateCode } from '../api/certificate-code';
import { isUnknownCertificate, useCertificateVerification } from '../api/verify-certificate';
import { CertificateCodeForm } from './certificate-code-form';
import { VerificationCard } from './verification-card';
import './certificates.css';

/**
 * /verify and /verify/:code — public, no login. The QR code on every
 * certificate opens /verify/<code>; anyone holding a paper can also type its
 * code. Says clearly whether the certificate is genuine and still stands.
 */
export function VerifyPage() {
  const { t, rt } = useResultsTranslation();
  const { code: param } = useParams();
  const code = param ? normalizeCertificateCode(param) : null;
  const check = useCertificateVerification(code);
  const asked = param !== undefined;

  return (
    <div className="page page--narrow verify-page">
      <PageHeader title={rt('verify.title')} lead={asked ? undefined : rt('verify.lead')} />
      {asked && code === null && <Alert tone="error" title={rt('verify.codeInvalid')} />}
      {code !== null &&
        (check.isPending ? (
          <Spinner label={rt('verify.checking', { code })} />
        ) : check.data ? (
          <VerificationCard certificate={check.data} />
        ) : isUnknownCertificate(check.error) ? (
          <div data-testid="verification" data-valid="false">
            <Alert
              tone="error"
              title={
                <>
                  <span aria-hidden="true">✕ </span>
                  {rt('verify.notFoundTitle', { code })}
                </>
              }
            >
              <p>{rt('verify.notFoundHelp')}</p>
            </Alert>
          </div>
        ) : (
          <Alert tone="error" title={rt('verify.loadFailed', { code })}>
            <p>{errorMessage(t, check.error)}</p>
            <p>
              <Button variant="secondary" onClick={() => void check.refetch()}>
                {rt('common.retry')}
              </Button>
            </p>
          </Alert>
        ))}
      <section className="verify-page__form" aria-labelledby="verify-form-title">
        <h2 id="verify-form-title" className={asked ? undefined : 'visually-hidden'}>
          {asked ? rt('verify.another') : rt('verify.codeLabel')}
        </h2>
        {/* The key resets the field when the code in the address changes. */}
        <CertificateCodeForm key={param ?? ''} initial={asked && code === null ? param : ''} labelledBy="verify-form-title" />
      </section>
    </div>
  );
}
