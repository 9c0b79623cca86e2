import { fireEvent, screen, within } from '@testing-library/react';
import type { AttemptSummary, CertificateSummary, CertificateVerification } from '@reform-quiz/contracts';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { MyCertificatesPage } from './my-certificates-page';

const prize: CertificateSummary = {
  code: 'ABCD-EFGH-JK',
  kind: 'prize',
  contestTitle: 'Cuộc thi tìm hiểu cải cách hành chính tỉnh Quảng Nam năm 2018',
  roundTitle: 'Tuần 1',
  prize: 'second',
  issuedAt: '2018-05-14T03:00:00.000Z',
  revoked: false,
};

const attempt: AttemptSummary = {
  id: 'a-1',
  roundId: 1,
  roundTitle: 'Tuần 1',
  contestId: 1,
  contestTitle: prize.contestTitle,
  number: 1,
  status: 'submitted',
  startedAt: '2018-05-07T01:00:00.000Z',
  submittedAt: '2018-05-07T01:05:00.000Z',
  result: { score: 9, maxScore: 10, correctCount: 9, questionCount: 10, durationMs: 300_000 },
  practice: false,
  counted: true,
};

describe('my certificates page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists certificates with their PDF and verification links, and issues a participation certificate on request', async () => {
    let mine: CertificateSummary[] = [prize];
    const issued: CertificateVerification = {
      code: 'PQRS-TUVW-XY',
      valid: true,
      revoked: false,
      kind: 'participation',
      name: 'Nguyễn Văn An',
      unit: null,
      contestTitle: prize.contestTitle,
      roundTitle: null,
      prize: null,
      issuedAt: '2018-05-20T03:00:00.000Z',
    };
    const post = vi.fn(() => {
      mine = [{ ...prize, code: issued.code, kind: 'participation', prize: null, roundTitle: null }, prize];
      return jsonResponse(issued);
    });
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /me/certificates': () => jsonResponse(mine),
        'GET /me/attempts': () => jsonResponse([attempt]),
        'POST /contests/1/participation-certificate': post,
      }),
    );
    renderWithProviders(<MyCertificatesPage />);

    const list = await screen.findByTestId('certificate-list');
    const item = within(list).getAllByRole('listitem')[0];
    expect(within(item).getByRole('heading', { name: 'Giải Nhì' })).toBeTruthy();
    expect(within(item).getByRole('link', { name: /^Tải giấy chứng nhận \(PDF\)\s*ABCD-EFGH-JK$/ }).getAttribute('href')).toBe('/api/v1/certificates/ABCD-EFGH-JK/pdf');
    expect(within(item).getByRole('link', { name: /^Trang xác minh\s*ABCD-EFGH-JK$/ }).getAttribute('href')).toBe('/verify/ABCD-EFGH-JK');

    fireEvent.click(await screen.findByRole('button', { name: /^Nhận giấy chứng nhận tham gia\s*— Cuộc thi tìm hiểu/ }));
    expect((await screen.findByText(/Đã cấp giấy chứng nhận tham gia .*, mã PQRS-TUVW-XY\./)).textContent).toBeTruthy();
    expect(post).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Đã cấp giấy chứng nhận tham gia.')).toBeTruthy();
    expect(within(screen.getByTestId('certificate-list')).getAllByRole('listitem')).toHaveLength(2);
  });

  it('explains a refused request', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /me/certificates': () => jsonResponse([]),
        'GET /me/attempts': () => jsonResponse([attempt]),
        'POST /contests/1/participation-certificate': () => jsonResponse({ error: { code: 'NOT_A_PARTICIPANT', message: 'no' } }, 409),
      }),
    );
    renderWithProviders(<MyCertificatesPage />);
    expect(await screen.findByText('Bạn chưa có giấy chứng nhận nào.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /Nhận giấy chứng nhận tham gia/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Chưa cấp được giấy chứng nhận tham gia. Bạn chưa tham gia cuộc thi này.');
  });
});
