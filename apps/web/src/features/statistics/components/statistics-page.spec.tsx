import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Profile, Statistics, UnitOption, UnitParticipation } from '@reform-quiz/contracts';
import type { PickerProps } from '../../../components/ui/picker-props';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound } from '../../../testing/attempt-fixtures';
import { fakeApi } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { StatisticsPage } from './statistics-page';

const unit = (unitId: number, name: string, entrants: number, headcount: number, kind: UnitParticipation['kind'] = 'district'): UnitParticipation => ({
  unitId,
  unit: name,
  kind,
  parentId: 1,
  entrants,
  headcount,
  rate: headcount > 0 ? entrants / headcount : 0,
});

const snv: UnitOption = { id: 5, code: '49.SNV', name: 'Sở Nội vụ', kind: 'department', parentName: 'Tỉnh Quảng Nam' };

function statistics(overrides: Partial<Statistics> = {}): Statistics {
  return {
    contestId: 1,
    roundId: null,
    attempts: 1234,
    entrants: 987,
    perfectShare: 0.125,
    participation: [unit(2, 'Huyện Nông Sơn', 150, 500), unit(3, 'Thành phố Tam Kỳ', 300, 3000), unit(5, 'Sở Nội vụ', 40, 0, 'department')],
    districts: [unit(2, 'Huyện Nông Sơn', 150, 500), unit(3, 'Thành phố Tam Kỳ', 300, 3000)],
    attemptsPerDay: [
      { date: '2018-05-07', attempts: 400 },
      { date: '2018-05-09', attempts: 834 },
    ],
    unitId: null,
    asOf: '2018-05-10T03:00:00.000Z',
    ...overrides,
  };
}

/** A stand-in for the unit combobox: a select of two units. */
function FakeUnitPicker({ id, label, value, onChange }: PickerProps<UnitOption>) {
  const units = [snv, { id: 2, code: '502', name: 'Huyện Nông Sơn', kind: 'district' as const, parentName: null }];
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value?.id ?? ''} onChange={(event) => onChange(units.find((u) => String(u.id) === event.target.value) ?? null)}>
        <option value="">—</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function renderStatistics(route = '/contests/1/statistics', answer: (url: URL) => Statistics = () => statistics()) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    fakeApi({
      'GET /contests/1': () => jsonResponse(aContest({ rounds: [aRound({ id: 1, title: 'Tuần 1' }), aRound({ id: 9, title: 'Thi thử', practice: true })] })),
      'GET /contests/1/statistics': ({ url }) => {
        asked.push(url.search);
        return jsonResponse(answer(url));
      },
    }),
  );
  renderWithProviders(
    <Routes>
      <Route path="/contests/:id/statistics" element={<StatisticsPage UnitPicker={FakeUnitPicker} />} />
    </Routes>,
    { route },
  );
  return asked;
}

describe('statistics page', () => {
  beforeEach(() => sessionStore.clear());
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStore.clear();
  });

  it('shows the headline figures, the charts with their figures in words, and a table per district and unit', async () => {
    renderStatistics();
    const figures = await screen.findByTestId('statistics-figures');
    expect(figures.textContent).toContain('Lượt thi1.234');
    expect(figures.textContent).toContain('Người dự thi987');
    expect(figures.textContent).toContain('Tỷ lệ bài đúng tất cả các câu12,5%');
    expect(screen.getByTestId('statistics-scope').textContent).toBe('Phạm vi: toàn tỉnh.');

    const bars = screen.getByTestId('districts-bars');
    const rows = within(bars).getAllByRole('listitem');
    expect(rows[0].textContent).toBe('Huyện Nông Sơn30% (150/500)');
    expect(rows[1].textContent).toBe('Thành phố Tam Kỳ10% (300/3.000)');
    expect(rows[0].querySelector('[data-width]')?.getAttribute('data-width')).toBe('100');

    // The chart is one image with a name; its figures are also in a table, the quiet day at zero.
    const chart = screen.getByRole('img', { name: /Biểu đồ cột: lượt thi theo ngày, từ .*7 tháng 5, 2018 đến .*9 tháng 5, 2018/ });
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    const perDay = within(screen.getByTestId('attempts-per-day-table')).getAllByRole('row').slice(1);
    expect(perDay.map((row) => row.textContent)).toEqual([expect.stringMatching(/7 tháng 5, 2018400$/), expect.stringMatching(/8 tháng 5, 20180$/), expect.stringMatching(/9 tháng 5, 2018834$/)]);

    // The units table has the unit without a headcount too, last by rate.
    const units = within(screen.getByTestId('units-table')).getAllByRole('row').slice(1);
    expect(units.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Huyện Nông Sơn', 'Thành phố Tam Kỳ', 'Sở Nội vụ']);
    expect(units[2].textContent).toContain('Chưa có số liệu');
  });

  it('sorts a table by any column, and says how it is sorted', async () => {
    renderStatistics();
    const table = await screen.findByTestId('districts-table');
    const names = () => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    const header = (name: RegExp) => within(table).getByRole('columnheader', { name });
    expect(header(/Tỷ lệ tham gia/).getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Huyện Nông Sơn', 'Thành phố Tam Kỳ']);

    fireEvent.click(within(table).getByRole('button', { name: /Người dự thi/ }));
    expect(header(/Người dự thi/).getAttribute('aria-sort')).toBe('descending');
    expect(header(/Tỷ lệ tham gia/).getAttribute('aria-sort')).toBeNull();
    expect(names()).toEqual(['Thành phố Tam Kỳ', 'Huyện Nông Sơn']);
    expect(within(table).getByText(/sắp xếp theo Người dự thi, giảm dần/)).toBeTruthy();

    fireEvent.click(within(table).getByRole('button', { name: /Người dự thi/ }));
    expect(header(/Người dự thi/).getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Huyện Nông Sơn', 'Thành phố Tam Kỳ']);
  });

  it('narrows to a round and to a unit’s subtree, and back to the whole province', async () => {
    const asked = renderStatistics('/contests/1/statistics', (url) =>
      statistics({ unitId: url.searchParams.has('unitId') ? Number(url.searchParams.get('unitId')) : null, districts: url.searchParams.has('unitId') ? [unit(2, 'Huyện Nông Sơn', 150, 500)] : statistics().districts }),
    );
    await screen.findByTestId('statistics-figures');
    const roundSelect = await screen.findByRole('combobox', { name: 'Đợt thi' });
    // Practice rounds are never counted: they are not offered.
    expect(within(roundSelect).getAllByRole('option').map((o) => o.textContent)).toEqual(['Tất cả các đợt thi có xếp hạng', 'Tuần 1']);
    fireEvent.change(roundSelect, { target: { value: '1' } });
    await waitFor(() => expect(asked).toContain('?roundId=1'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Thống kê — Tuần 1' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Đơn vị' }), { target: { value: '2' } });
    await waitFor(() => expect(asked).toContain('?roundId=1&unitId=2'));
    expect((await screen.findByTestId('statistics-scope')).textContent).toBe('Phạm vi: Huyện Nông Sơn và các đơn vị trực thuộc.');

    fireEvent.click(screen.getByRole('button', { name: 'Xem toàn tỉnh' }));
    await waitFor(() => expect(screen.getByTestId('statistics-scope').textContent).toBe('Phạm vi: toàn tỉnh.'));
    expect((screen.getByRole('combobox', { name: 'Đơn vị' }) as HTMLSelectElement).value).toBe('');
  });

  it('starts an organizer on their own unit', async () => {
    const organizer: Profile = {
      id: 'u9',
      role: 'organizer',
      fullName: 'Tổ thư ký',
      phone: '0905000009',
      email: 'organizer@demo.local',
      nationalId: null,
      dateOfBirth: '1980-01-01',
      gender: 'female',
      category: 'civil_servant',
      unit: snv,
      address: null,
      consentAt: null,
      createdAt: '2018-04-01T00:00:00Z',
    };
    sessionStore.start({ accessToken: 't', tokenType: 'Bearer', expiresAt: new Date(Date.now() + 600_000).toISOString(), user: organizer });
    const asked = renderStatistics('/contests/1/statistics', () => statistics({ unitId: 5, districts: [], participation: [unit(5, 'Sở Nội vụ', 40, 200, 'department')] }));
    expect((await screen.findByTestId('statistics-scope')).textContent).toBe('Phạm vi: đơn vị của bạn (Sở Nội vụ) và các đơn vị trực thuộc.');
    expect(asked).toEqual(['?unitId=5']);
    expect((screen.getByRole('combobox', { name: 'Đơn vị' }) as HTMLSelectElement).value).toBe('5');
    // No districts under a department: that section is left out.
    expect(screen.queryByTestId('districts-table')).toBeNull();
  });

  it('explains a failure and offers to try again', async () => {
    vi.stubGlobal('fetch', fakeApi({ 'GET /contests/1/statistics': () => jsonResponse({ error: { code: 'CONTEST_NOT_FOUND', message: 'no' } }, 404) }));
    renderWithProviders(
      <Routes>
        <Route path="/contests/:id/statistics" element={<StatisticsPage UnitPicker={FakeUnitPicker} />} />
      </Routes>,
      { route: '/contests/1/statistics' },
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được số liệu thống kê.');
    expect(within(alert).getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});
