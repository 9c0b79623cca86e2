import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { Contest } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound, approvedCounts } from '../../../testing/contest-fixtures';
import { bank, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { RoundEditorPage } from './round-editor-page';

function DetailProbe() {
  const location = useLocation();
  return (
    <p>
      detail {location.pathname} — {(location.state as { notice?: { text: string } } | null)?.notice?.text}
    </p>
  );
}

type Routes = Parameters<typeof fakeApi>[0];

function renderRoundEditor(route: string, contest: Contest, extra: Routes = {}) {
  const fetchMock = fakeApi({
    [`GET /contests/${contest.id}`]: () => jsonResponse(contest),
    'GET /question-banks': () => jsonResponse([bank]),
    'GET /questions/counts': () => jsonResponse(approvedCounts),
    ...extra,
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/organizer/contests/:id/rounds/new" element={<RoundEditorPage />} />
      <Route path="/organizer/contests/:id/rounds/:roundId/edit" element={<RoundEditorPage />} />
      <Route path="/organizer/contests/:id" element={<DetailProbe />} />
    </Routes>,
    { route },
  );
  return fetchMock;
}

const input = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const change = (label: string | RegExp, value: string) => {
  fireEvent.change(input(label), { target: { value } });
  fireEvent.blur(input(label));
};
const cell = (topic: string, difficulty: string) => screen.getByLabelText(`${topic}, mức ${difficulty}`) as HTMLInputElement;
const cellError = (element: HTMLElement) => document.getElementById(`${element.id}-error`)?.textContent ?? null;
const sumLine = () => document.getElementById('round-blueprint-sum')?.textContent;

// Whole-form renders with a 21-cell grid: slower than the other specs under jsdom.
describe('round editor', { timeout: 20_000 }, () => {
  beforeEach(() => {
    signInAs('organizer');
    // 03:00 on 7 May 2018, Vietnam time: the default window starts at 08:00 tomorrow.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2018-05-06T20:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('starts from sensible defaults and sends ISO times from Vietnam-local inputs, minutes as seconds', async () => {
    let body: unknown = null;
    renderRoundEditor('/organizer/contests/7/rounds/new', aContest({ rounds: [] }), {
      'POST /contests/7/rounds': ({ init }) => {
        body = JSON.parse(String(init.body));
        return jsonResponse(aRound({ title: 'Tuần 1' }), 201);
      },
    });
    await screen.findByText('/ 5', { exact: false });
    expect(input('Tên đợt thi').value).toBe('Đợt 1');
    expect(input('Thời điểm mở (giờ Việt Nam)').value).toBe('2018-05-08T08:00');
    expect(input('Thời điểm đóng (giờ Việt Nam)').value).toBe('2018-05-15T08:00');
    expect(screen.getByText(/Giờ Việt Nam \(UTC\+7\)/)).toBeTruthy();
    expect([
      input('Thời gian làm bài mỗi lượt (phút)').value,
      input('Số câu hỏi mỗi lượt').value,
      input('Số lượt thi tối đa').value,
      input('Thời gian ân hạn (giây)').value,
    ]).toEqual(['10', '10', '3', '10']);
    expect((screen.getByRole('radio', { name: 'Lượt cao nhất' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Công khai trực tiếp' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Đảo thứ tự câu hỏi' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Đảo thứ tự phương án' }) as HTMLInputElement).checked).toBe(true);
    expect(sumLine()).toBe('Đã phân bổ 0/10 câu. Còn thiếu 10 câu.');

    change('Tên đợt thi', 'Tuần 1');
    change('Thời điểm đóng (giờ Việt Nam)', '2018-05-14T23:59');
    change('Thời gian làm bài mỗi lượt (phút)', '15');
    fireEvent.change(cell('Cải cách thủ tục hành chính', 'Dễ'), { target: { value: '2' } });
    fireEvent.change(cell('Chung', 'Trung bình'), { target: { value: '5' } });
    expect(sumLine()).toBe('Đã phân bổ 7/10 câu. Còn thiếu 3 câu.');
    change('Số câu hỏi mỗi lượt', '7');
    expect(sumLine()).toBe('Đã phân bổ 7/7 câu. Khớp với số câu hỏi mỗi lượt.');
    expect(screen.queryByLabelText('Mức lệch cho phép (điểm)')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: '2 giám khảo' }));
    change('Mức lệch cho phép (điểm)', '0,5');
    change('Thời hạn khiếu nại (ngày)', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm đợt thi' }));

    expect(await screen.findByText('detail /organizer/contests/7 — Đã thêm đợt “Tuần 1”.')).toBeTruthy();
    expect(body).toEqual({
      title: 'Tuần 1',
      mode: 'self_paced',
      bankId: 1,
      opensAt: '2018-05-08T01:00:00.000Z',
      closesAt: '2018-05-14T16:59:00.000Z',
      timeLimitSeconds: 900,
      questionCount: 7,
      blueprint: [
        { topic: 'procedures', difficulty: 'easy', count: 2 },
        { topic: 'general', difficulty: 'medium', count: 5 },
      ],
      attemptsAllowed: 3,
      countedAttempt: 'best',
      shuffleQuestions: true,
      shuffleOptions: true,
      partialCredit: false,
      prediction: null,
      leaderboardVisibility: 'live',
      freezeMinutes: 0,
      practice: false,
      graceSeconds: 10,
      questionSeconds: 20,
      speedScoring: true,
      essayJudges: 2,
      essayMargin: 0.5,
      appealDays: 5,
    });
  });

  it('flags, as they are typed, the cells asking more than the bank has approved', async () => {
    renderRoundEditor('/organizer/contests/7/rounds/new', aContest({ rounds: [] }));
    await screen.findByText('/ 5', { exact: false });
    const procedures = cell('Cải cách thủ tục hành chính', 'Dễ');
    const hard = cell('Chung', 'Khó');
    const organization = cell('Cải cách tổ chức bộ máy', 'Dễ');
    fireEvent.change(procedures, { target: { value: '3' } });
    fireEvent.change(hard, { target: { value: '1' } });
    fireEvent.change(organization, { target: { value: '1' } });
    expect([cellError(procedures), cellError(hard), cellError(organization)]).toEqual([
      '⚠ chỉ có 2Ngân hàng không đủ câu hỏi đã duyệt cho ô chủ đề × mức độ này. (cần sửa trước khi công bố)',
      null,
      '⚠ chỉ có 0Ngân hàng không đủ câu hỏi đã duyệt cho ô chủ đề × mức độ này. (cần sửa trước khi công bố)',
    ]);
    expect(procedures.getAttribute('aria-invalid')).toBe('true');
    expect(procedures.getAttribute('aria-describedby')).toBe(`${procedures.id}-available ${procedures.id}-error`);
    expect(document.getElementById(`${procedures.id}-available`)?.textContent).toBe('/ 2có 2 câu đã duyệt');

    fireEvent.change(procedures, { target: { value: '2' } });
    fireEvent.change(organization, { target: { value: '' } });
    expect([cellError(procedures), cellError(organization)]).toEqual([null, null]);
    expect(procedures.getAttribute('aria-invalid')).toBeNull();
  });

  it('saves a draft’s round with publishing problems, and says they remain', async () => {
    renderRoundEditor('/organizer/contests/7/rounds/new', aContest({ rounds: [] }), {
      'POST /contests/7/rounds': () => jsonResponse(aRound({ title: 'Đợt 1' }), 201),
    });
    await screen.findByText('/ 5', { exact: false });
    fireEvent.change(cell('Chung', 'Trung bình'), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm đợt thi' }));
    expect(await screen.findByText('detail /organizer/contests/7 — Đã lưu đợt “Đợt 1”. Đợt thi còn điểm cần sửa trước khi công bố.')).toBeTruthy();
  });

  it('forbids a prediction on a practice round, which is never ranked', async () => {
    renderRoundEditor('/organizer/contests/7/rounds/new', aContest({ rounds: [] }));
    await screen.findByText('/ 5', { exact: false });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Đợt thi thử' }));
    expect(screen.queryByLabelText('Số lượt thi tối đa')).toBeNull();
    expect(screen.getByText('Đợt thi thử luôn không giới hạn số lượt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Số người trả lời đúng tất cả các câu' }));
    expect(input('Nội dung câu hỏi dự đoán').value).toBe('Theo bạn, đợt thi này có bao nhiêu người trả lời đúng tất cả các câu hỏi?');
    const group = screen.getByRole('radiogroup', { name: 'Câu hỏi dự đoán hỏi về' });
    expect(within(group).getByText(/Đợt thi thử không xếp hạng nên không dùng câu hỏi dự đoán/)).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Không có câu hỏi dự đoán' }));
    expect(within(group).queryByText(/Đợt thi thử không xếp hạng/)).toBeNull();
  });

  it('puts the server’s reasons on the fields of a published contest’s round, and shows a lock', async () => {
    const published = aContest({ status: 'published', rounds: [aRound({ id: 11 })] });
    const answers = [
      () =>
        jsonResponse(
          {
            error: {
              code: 'CONTEST_NOT_PUBLISHABLE',
              message: 'see details',
              details: [
                { field: 'blueprint.1', code: 'BLUEPRINT_SHORT', message: 'short' },
                { field: 'graceSeconds', code: 'OUT_OF_RANGE', message: 'range' },
              ],
            },
          },
          422,
        ),
      () => jsonResponse({ error: { code: 'ROUND_LOCKED', message: 'opened' } }, 409),
    ];
    const bodies: unknown[] = [];
    renderRoundEditor('/organizer/contests/7/rounds/11/edit', published, {
      'PATCH /rounds/11': ({ init }) => {
        bodies.push(JSON.parse(String(init.body)));
        return (answers.shift() as () => Response)();
      },
    });
    await screen.findByText('/ 5', { exact: false });
    expect(input('Tên đợt thi').value).toBe('Tuần 1');
    expect(cell('Chung', 'Trung bình').value).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu đợt thi' }));

    const summary = await screen.findByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    expect(
      within(summary.closest('.error-summary') as HTMLElement)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Ma trận đề — Chung, mức Trung bình: Ngân hàng không đủ câu hỏi đã duyệt cho ô chủ đề × mức độ này.',
      'Thời gian ân hạn (giây): Giá trị nằm ngoài phạm vi cho phép.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(summary.closest('.error-summary')));
    expect(cell('Chung', 'Trung bình').getAttribute('aria-invalid')).toBe('true');
    expect(bodies).toHaveLength(1);

    // Changed, the field no longer carries the server's objection.
    fireEvent.change(cell('Chung', 'Trung bình'), { target: { value: '' } });
    fireEvent.change(cell('Chung', 'Khó'), { target: { value: '1' } });
    expect(cellError(cell('Chung', 'Trung bình'))).toBeNull();

    change('Thời gian ân hạn (giây)', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu đợt thi' }));
    expect(await screen.findByText('Đợt thi đã mở nên không thể thay đổi thể lệ của đợt.')).toBeTruthy();
    expect((bodies[1] as { graceSeconds: number; blueprint: unknown }).graceSeconds).toBe(5);
  });

  it('does not offer to edit a round of a published contest once it has opened', async () => {
    renderRoundEditor('/organizer/contests/7/rounds/11/edit', aContest({ status: 'published', rounds: [aRound({ id: 11, phase: 'open' })] }));
    expect(await screen.findByText('Đợt thi đã mở nên thể lệ của đợt không thay đổi được nữa.')).toBeTruthy();
    expect(screen.queryByLabelText('Tên đợt thi')).toBeNull();
  });
});
