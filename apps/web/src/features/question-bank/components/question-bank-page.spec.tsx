import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { sessionStore } from '../../../lib/api-client';
import { aQuestion, bank, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { QuestionBankPage } from './question-bank-page';

function Url() {
  const { pathname, search } = useLocation();
  return <output data-testid="url">{pathname + search}</output>;
}

function renderList(route = '/organizer/questions') {
  const fetchMock = fakeApi({
    'GET /question-banks': () => jsonResponse([bank, { ...bank, id: 2, name: 'Ngân hàng thi thử', questionCount: 0 }]),
    'GET /questions': ({ url }) =>
      url.searchParams.get('status') === 'in_review' && url.searchParams.get('pageSize') === '1'
        ? jsonResponse({ items: [], total: 4, page: 1, pageSize: 1 })
        : jsonResponse({ items: [aQuestion({ duplicateOf: ['q-9'] }), aQuestion({ id: 'q-2', source: null })], total: 2, page: 1, pageSize: 20 }),
    'GET /questions/counts': () => jsonResponse({ status: 'approved', cells: [], total: 0 }),
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <>
      <QuestionBankPage />
      <Url />
    </>,
    { route },
  );
  return fetchMock;
}

const listRequests = (fetchMock: ReturnType<typeof fakeApi>) =>
  fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.startsWith('/api/v1/questions?') && !url.includes('pageSize=1'));

describe('question bank page', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('opens the first bank, keeps filters in the URL and sends them to the API', async () => {
    signInAs('organizer');
    const fetchMock = renderList();
    await waitFor(() => expect(screen.getByTestId('url').textContent).toBe('/organizer/questions?bank=1'));
    expect(await screen.findByText('Có thể trùng')).toBeTruthy();
    expect(screen.getByText('Chưa có căn cứ pháp lý')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hàng chờ duyệt (4)' }).getAttribute('href')).toBe('/organizer/questions/review?bank=1');

    fireEvent.change(screen.getByLabelText(/^Lĩnh vực/), { target: { value: 'procedures' } });
    fireEvent.change(screen.getByLabelText(/^Tìm trong nội dung câu hỏi/), { target: { value: 'mot cua' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(screen.getByTestId('url').textContent).toBe('/organizer/questions?bank=1&q=mot+cua&topic=procedures'));
    await waitFor(() => expect(listRequests(fetchMock).at(-1)).toBe('/api/v1/questions?bankId=1&q=mot+cua&topic=procedures&page=1&pageSize=20'));
  });

  it('restores a shared filtered list from its link', async () => {
    signInAs('organizer');
    const fetchMock = renderList('/organizer/questions?bank=2&status=draft&difficulty=hard');
    await screen.findByText('Tìm thấy 2 câu hỏi.');
    expect((screen.getByLabelText('Ngân hàng câu hỏi') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByLabelText(/^Trạng thái/) as HTMLSelectElement).value).toBe('draft');
    expect(listRequests(fetchMock)[0]).toBe('/api/v1/questions?bankId=2&difficulty=hard&status=draft&page=1&pageSize=20');
  });

  it('gives judges the list without the authoring tools', async () => {
    signInAs('judge', 'u-judge');
    renderList('/organizer/questions?bank=1');
    await screen.findByText('Tìm thấy 2 câu hỏi.');
    expect(screen.queryByRole('link', { name: 'Soạn câu hỏi mới' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Nhập từ tệp' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tải Excel (.xlsx)' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tạo ngân hàng câu hỏi mới' })).toBeNull();
  });
});
