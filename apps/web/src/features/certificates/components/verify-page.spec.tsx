import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { CertificateVerification } from '@reform-quiz/contracts';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { VerifyPage } from './verify-page';

const certificate = (overrides: Partial<CertificateVerification> = {}): CertificateVerification => ({
  code: 'ABCD-EFGH-JK',
  valid: true,
  revoked: false,
  kind: 'prize',
  name: 'Nguyễn Văn An',
  unit: 'Thành phố Tam Kỳ',
  contestTitle: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018',
  roundTitle: 'Tuần 1',
  prize: 'first',
  issuedAt: '2018-05-14T03:00:00.000Z',
  ...overrides,
});

function renderVerify(route: string, routes: Parameters<typeof fakeApi>[0] = {}) {
  const fetchMock = fakeApi(routes);
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/verify" element={<VerifyPage />} />
      <Route path="/verify/:code" element={<VerifyPage />} />
    </Routes>,
    { route },
  );
  return fetchMock;
}

describe('certificate verification page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('confirms a genuine certificate and shows what it says', async () => {
    renderVerify('/verify/ABCD-EFGH-JK', { 'GET /certificates/ABCD-EFGH-JK': () => jsonResponse(certificate()) });
    const card = await screen.findByTestId('verification');
    expect(card.getAttribute('data-valid')).toBe('true');
    expect(within(card).getByRole('status').textContent).toContain('Giấy chứng nhận hợp lệ');
    expect(card.textContent).toContain('Họ và tênNguyễn Văn An');
    expect(card.textContent).toContain('Đơn vịThành phố Tam Kỳ');
    expect(card.textContent).toContain('GiảiGiải Nhất');
    expect(card.textContent).toContain('Đợt thiTuần 1');
    expect(card.textContent).toContain('Ngày cấp14 tháng 5, 2018');
  });

  it('reads a code typed in lower case from the address, as the QR code may carry it', async () => {
    const fetchMock = renderVerify('/verify/abcd-efgh-jk', { 'GET /certificates/ABCD-EFGH-JK': () => jsonResponse(certificate()) });
    expect(await screen.findByTestId('verification')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('says a revoked certificate no longer stands', async () => {
    renderVerify('/verify/ABCD-EFGH-JK', { 'GET /certificates/ABCD-EFGH-JK': () => jsonResponse(certificate({ valid: false, revoked: true })) });
    const card = await screen.findByTestId('verification');
    expect(card.getAttribute('data-valid')).toBe('false');
    expect(within(card).getByRole('alert').textContent).toContain('Giấy chứng nhận đã bị thu hồi');
  });

  it('says an unknown code was not issued by the organizers', async () => {
    renderVerify('/verify/ZZZZ-ZZZZ-ZZ', {
      'GET /certificates/ZZZZ-ZZZZ-ZZ': () => jsonResponse({ error: { code: 'CERTIFICATE_NOT_FOUND', message: 'no' } }, 404),
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Không tìm thấy giấy chứng nhận có mã ZZZZ-ZZZZ-ZZ');
  });

  it('refuses a malformed code without asking the server', () => {
    const fetchMock = renderVerify('/verify/hello');
    expect(screen.getByRole('alert').textContent).toContain('Mã xác minh gồm 10 chữ cái và chữ số');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('checks a code typed in the form, in any spacing or case', async () => {
    renderVerify('/verify', { 'GET /certificates/ABCD-EFGH-JK': () => jsonResponse(certificate()) });
    const field = screen.getByRole('textbox', { name: 'Mã xác minh' });
    fireEvent.change(field, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xác minh' }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: ' abcd efgh jk ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Xác minh' }));
    expect((await screen.findByTestId('verification')).textContent).toContain('Nguyễn Văn An');
  });
});
