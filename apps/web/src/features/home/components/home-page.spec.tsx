import { screen, within } from '@testing-library/react';
import type { ContestSummary } from '@reform-quiz/contracts';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { HomePage } from './home-page';

const day = 86_400_000;
const summary = (overrides: Partial<ContestSummary>): ContestSummary => ({
  id: 1,
  title: 'Cuộc thi năm 2018',
  status: 'published',
  categories: ['civil_servant', 'citizen'],
  opensAt: new Date(Date.now() - day).toISOString(),
  closesAt: new Date(Date.now() + 30 * day).toISOString(),
  roundCount: 3,
  ...overrides,
});

describe('home page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('puts the public contests first, running ones on top, each linking to its page', async () => {
    vi.stubGlobal(
      'fetch',
      fakeApi({
        'GET /contests': () =>
          jsonResponse([
            summary({ id: 1, title: 'Cuộc thi năm 2017', status: 'closed' }),
            summary({ id: 2, title: 'Cuộc thi năm 2018' }),
            summary({ id: 3, title: 'Bản nháp', status: 'draft' }),
          ]),
      }),
    );
    renderWithProviders(<HomePage />);
    const items = await screen.findAllByRole('heading', { level: 3 });
    expect(items.map((item) => item.textContent)).toEqual(['Cuộc thi năm 2018', 'Cuộc thi năm 2017']);
    expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/contests/2');
    expect(screen.getByText('Đang diễn ra')).toBeTruthy();
    expect(screen.getByText('Đã kết thúc')).toBeTruthy();
    expect(screen.getAllByText('Dành cho: Cán bộ, công chức, viên chức; Người dân')).toHaveLength(2);
    // The contests come before the introduction.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Các cuộc thi')).toBeLessThan(headings.indexOf('Giới thiệu'));
  });

  it('says when nothing is published yet', async () => {
    vi.stubGlobal('fetch', fakeApi({ 'GET /contests': () => jsonResponse([]) }));
    renderWithProviders(<HomePage />);
    expect(await screen.findByText('Chưa có cuộc thi nào được công bố. Vui lòng quay lại sau.')).toBeTruthy();
  });
});
