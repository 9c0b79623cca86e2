import type { CertificateVerification } from '@reform-quiz/contracts';
import { Alert } from '../../../components/ui/alert';
import { useResultsTranslation } from '../../../i18n/results';

/** "14 tháng 5, 2018" in Việt Nam time: the day a certificate was issued. */
export function formatIssuedDay(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'long' }).format(new Date(at));
}

/** The verdict first, in words and colour; then what the certificate says, as the committee issued it. */
export function VerificationCard({ certificate }: { certificate: CertificateVerification }) {
  const { rt, i18n } = useResultsTranslation();
  const rows: [string, string][] = [
    [rt('verify.kind'), certificate.kind === 'prize' ? rt('verify.kindPrize') : rt('verify.kindParticipation')],
    [rt('verify.name'), certificate.name],
    ...(certificate.unit ? [[rt('verify.unit'), certificate.unit] as [string, string]] : []),
    [rt('verify.contest'), certificate.contestTitle],
    ...(certificate.roundTitle ? [[rt('verify.round'), certificate.roundTitle] as [string, string]] : []),
    ...(certificate.prize ? [[rt('verify.prize'), rt(`prizes.${certificate.prize}`)] as [string, string]] : []),
    [rt('verify.issuedAt'), formatIssuedDay(certificate.issuedAt, i18n.language)],
    [rt('verify.code'), certificate.code],
  ];
  return (
    <div className={`verification verification--${certificate.valid ? 'valid' : 'revoked'}`} data-testid="verification" data-valid={certificate.valid}>
      {certificate.valid ? (
        <Alert
          tone="success"
          title={
            <>
              <span aria-hidden="true">✓ </span>
              {rt('verify.validTitle')}
            </>
          }
        >
          <p>{rt('verify.validText', { code: certificate.code })}</p>
        </Alert>
      ) : (
        <Alert
          tone="error"
          title={
            <>
              <span aria-hidden="true">✕ </span>
              {rt('verify.revokedTitle')}
            </>
          }
        >
          <p>{rt('verify.revokedText', { code: certificate.code })}</p>
        </Alert>
      )}
      <section className="verification__details" aria-labelledby="verification-details">
        <h2 id="verification-details">{rt('verify.detailsTitle')}</h2>
        <dl className="details">
          {rows.map(([label, value]) => (
            <div className="details__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
