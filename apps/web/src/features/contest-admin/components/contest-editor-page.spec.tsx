import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { Contest } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest } from '../../../testing/contest-fixtures';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ContestEditorPage } from './contest-editor-page';

function DetailProbe() {
  const location = useLocation();
  const notice = (location.state as { notice?: { text: string } } | null)?.notice?.text;
  return (
    <p>
      detail {location.pathname} — {notice}
    </p>
  );
}

function renderEditor(route: string, routes: Parameters<typeof fakeApi>[0]) {
  const fetchMock = fakeApi(routes);
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/organizer/contests/new" element={<ContestEditorPage />} />
      <Route path="/organizer/contests/:id/edit" element={<ContestEditorPage />} />
      <Route path="/organizer/contests/:id" element={<DetailProbe />} />
    </Routes>,
    { route },
  );
  return fetchMock;
}

const type = (label: string, value: string) => {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
};
const chain = () => within(screen.getByRole('group', { name: 'Thứ tự xếp hạng' }));
const save = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('contest editor', () => {
  beforeEach(() => signInAs('organizer'));
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('creates a draft with the ranking chain as reordered and trimmed', async () => {
    let body: unknown = null;
    renderEditor('/organizer/contests/new', {
      'POST /contests': ({ init }) => {
        body = JSON.parse(String(init.body));
        return jsonResponse(aContest({ id: 42 }), 201);
      },
    });
    type('Tên cuộc thi', 'Cuộc thi tìm hiểu cải cách hành chính năm 2018');
    type('Thể lệ', '1. Đối tượng dự thi.\n2. Xếp hạng theo điểm, thời gian.');

    // Shorter time before the prediction, by keyboard-operable buttons; focus follows the moved link.
    const up = chain().getByRole('button', { name: 'Lên tiêu chí “Thời gian làm bài ngắn hơn”' });
    fireEvent.click(up);
    expect(document.activeElement).toBe(chain().getByRole('button', { name: 'Lên tiêu chí “Thời gian làm bài ngắn hơn”' }));
    expect(screen.getByText('Đã chuyển tiêu chí “Thời gian làm bài ngắn hơn” đến vị trí 2.')).toBeTruthy();
    fireEvent.click(chain().getByRole('checkbox', { name: /^Nộp bài sớm hơn/ }));
    expect(chain().getByText('Xếp hạng theo: Điểm → Thời gian làm bài ngắn hơn → Dự đoán gần đúng hơn.')).toBeTruthy();
    expect(chain().getByText(/đồng hạng/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Giải Khuyến khích'), { target: { value: '0' } });
    fireEvent.click(screen.getByLabelText('Rút gọn họ tên trên bảng xếp hạng công khai'));
    fireEvent.change(screen.getByLabelText('Số giám khảo cần phê duyệt kết quả'), { target: { value: '2' } });
    fireEvent.click(screen.getByLabelText('Mỗi người nhận nhiều nhất một giải cá nhân trong cả cuộc thi'));
    fireEvent.change(screen.getByLabelText('Tỉ lệ tham gia tối thiểu (%)'), { target: { value: '12,5' } });
    fireEvent.change(screen.getByLabelText('Số giải tập thể'), { target: { value: '5' } });
    save('Tạo cuộc thi (nháp)');

    expect(await screen.findByText('detail /organizer/contests/42 — Đã tạo cuộc thi ở dạng nháp. Tiếp theo: thêm các đợt thi.')).toBeTruthy();
    expect(body).toEqual({
      title: 'Cuộc thi tìm hiểu cải cách hành chính năm 2018',
      description: null,
      rules: '1. Đối tượng dự thi.\n2. Xếp hạng theo điểm, thời gian.',
      categories: ['civil_servant', 'citizen'],
      tieBreaks: ['score', 'duration', 'prediction'],
      prizeTiers: [
        { kind: 'first', count: 1 },
        { kind: 'second', count: 2 },
        { kind: 'third', count: 3 },
      ],
      shortenNames: true,
      approvalsRequired: 2,
      onePrizePerPerson: true,
      collectiveMinRate: 0.125,
      collectivePrizeCount: 5,
    });
  });

  it('lists what is missing, focuses the summary and sends nothing', async () => {
    const fetchMock = renderEditor('/organizer/contests/new', {});
    save('Tạo cuộc thi (nháp)');
    const summary = await screen.findByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    await waitFor(() => expect(document.activeElement).toBe(summary.closest('.error-summary')));
    const items = within(summary.closest('.error-summary') as HTMLElement)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(items).toEqual(['Tên cuộc thi: Thông tin này là bắt buộc.', 'Thể lệ: Thông tin này là bắt buộc.']);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('saves a draft without any category, saying it must be fixed before publishing', async () => {
    let body: { categories?: string[] } = {};
    renderEditor('/organizer/contests/7/edit', {
      'GET /contests/7': () => jsonResponse(aContest()),
      'PATCH /contests/7': ({ init }) => {
        body = JSON.parse(String(init.body));
        return jsonResponse(aContest({ categories: [] }));
      },
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Cán bộ, công chức, viên chức' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Người dân' }));
    const group = screen.getByRole('group', { name: 'Đối tượng dự thi' });
    expect(within(group).getByText(/Chọn đối tượng dự thi.*\(cần sửa trước khi công bố\)/)).toBeTruthy();
    save('Lưu thay đổi');
    expect(await screen.findByText(/Đã lưu\. Cuộc thi còn điểm cần sửa trước khi công bố/)).toBeTruthy();
    expect(body.categories).toEqual([]);
  });

  it('keeps a published contest publishable: refuses to drop every category, and shows the server’s reasons by round', async () => {
    const published: Contest = aContest({ status: 'published' });
    let patches = 0;
    renderEditor('/organizer/contests/7/edit', {
      'GET /contests/7': () => jsonResponse(published),
      'PATCH /contests/7': () => {
        patches += 1;
        return jsonResponse(
          {
            error: {
              code: 'CONTEST_NOT_PUBLISHABLE',
              message: 'see details',
              details: [{ field: 'rounds.0.blueprint.1', code: 'BLUEPRINT_SHORT', message: 'short' }],
            },
          },
          422,
        );
      },
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Cán bộ, công chức, viên chức' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Người dân' }));
    save('Lưu thay đổi');
    const summary = await screen.findByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    expect(within(summary.closest('.error-summary') as HTMLElement).getByRole('link').textContent).toBe(
      'Đối tượng dự thi: Chọn đối tượng dự thi: cán bộ, công chức, viên chức; người dân; hoặc cả hai.',
    );
    expect(patches).toBe(0);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Người dân' }));
    type('Tên cuộc thi', 'Cuộc thi tìm hiểu CCHC 2018 (sửa)');
    save('Lưu thay đổi');
    const alert = await screen.findByText('Máy chủ không lưu vì cuộc thi sẽ không còn đủ điều kiện công bố:');
    const box = alert.closest('.alert') as HTMLElement;
    expect(within(box).getByRole('heading', { name: 'Đợt 1: Tuần 1' })).toBeTruthy();
    expect(
      within(box)
        .getByText(/Ma trận đề, ô Chung × Trung bình \(1 câu\):/)
        .closest('li')?.textContent,
    ).toContain('Ngân hàng không đủ câu hỏi đã duyệt cho ô chủ đề × mức độ này.');
    expect(within(box).getByRole('link', { name: /^Sửa/ }).getAttribute('href')).toBe('/organizer/contests/7/rounds/11/edit#blueprint-general-medium');
    expect(patches).toBe(1);
  });
});
