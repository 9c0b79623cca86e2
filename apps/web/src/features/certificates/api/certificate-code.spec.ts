import { CERTIFICATE_CODE_PATTERN, certificatePdfUrl, normalizeCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it.each([
    ['ABCD-EFGH-JK', 'ABCD-EFGH-JK'],
    ['abcd-efgh-jk', 'ABCD-EFGH-JK'],
    ['  abcd efgh jk ', 'ABCD-EFGH-JK'],
    ['ABCDEFGHJK', 'ABCD-EFGH-JK'],
    ['ABCD–EFGH–JK', 'ABCD-EFGH-JK'],
    ['2345.6789.AB', '2345-6789-AB'],
  ])('reads %j as %s', (input, code) => {
    expect(normalizeCertificateCode(input)).toBe(code);
    expect(code).toMatch(CERTIFICATE_CODE_PATTERN);
  });

  it.each(['', 'ABCD-EFGH', 'ABCD-EFGH-JKL', 'ABC0-EFGH-JK', 'ABCD-EFGH-J1', 'ĐBCD-EFGH-JK'])('refuses %j', (input) => {
    expect(normalizeCertificateCode(input)).toBeNull();
  });

  it('links the public PDF', () => {
    expect(certificatePdfUrl('ABCD-EFGH-JK')).toBe('/api/v1/certificates/ABCD-EFGH-JK/pdf');
  });
});
