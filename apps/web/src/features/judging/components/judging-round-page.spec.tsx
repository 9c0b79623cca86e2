import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Appeal, EssayToGrade, IntegrityFlag, ItemStatistics } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aContest, aRound } from '../../../testing/contest-fixtures';
import { aQuestion, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { JudgingRoundPage } from './judging-round-page';

const contest = aContest({ status: 'published', rounds: [aRound({ id: 21, title: 'Tuần 1', phase: 'closed' })] });

const anEssay = (overrides: Partial<EssayToGrade> = {}): EssayToGrade => ({
  essayId: '3f2a9c01-1111-4222-8333-944444444444:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  roundId: 21,
  question: { id: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', stem: 'Hãy nêu **một đề xuất** cải cách thủ tục hành chính.', points: 5 },
  answer: 'Rút ngắn thời gian giải quyết hồ sơ\ntại bộ phận một cửa.',
  status: 'ungraded',
  gradeCount: 0,
  myGrade: null,
  ...overrides,
});

const aFlag = (overrides: Partial<IntegrityFlag> = {}): IntegrityFlag => ({
  id: 'f1',
  roundId: 21,
  kind: 'too_fast',
  subject: { userId: 'u1', name: 'Nguyễn Văn An', unit: 'Thành phố Tam Kỳ' },
  attemptId: '9a8b7c6d-0000-4000-8000-000000000000',
  evidence: { durationMs: 6200, answered: 4, msPerAnswer: 1550, minimum: 2500 },
  status: 'open',
  scope: null,
  reason: null,
  decidedBy: null,
  decidedAt: null,
  createdAt: '2018-05-14T02:00:00.000Z',
  ...overrides,
});

const anAppeal = (overrides: Partial<Appeal> = {}): Appeal => ({
  id: 'a1',
  roundId: 21,
  attemptId: 'at1',
  question: { id: 'q1', stem: 'Cơ quan nào tham mưu cải cách hành chính cấp tỉnh?' },
  text: 'Theo Nghị định 24/2014/NĐ-CP, phương án B cũng đúng.',
  status: 'open',
  decision: null,
  response: null,
  createdAt: '2018-05-15T02:00:00.000Z',
  decidedAt: null,
  ...overrides,
});

const items: ItemStatistics[] = [
  {
    questionId: 'q1',
    stem: 'Cơ quan nào tham mưu cải cách hành chính cấp tỉnh?',
    responses: 12,
    facility: 0.25,
    discrimination: 0.12,
    choices: [
      { optionId: 'o1', text: 'Sở Nội vụ', correct: true, count: 3 },
      { optionId: 'o2', text: 'Sở Tư pháp', correct: false, count: 9 },
    ],
    flags: ['too_hard', 'low_discrimination'],
  },
];

function renderRound(section: string, routes: Parameters<typeof fakeApi>[0]) {
  const fetchMock = fakeApi({ 'GET /contests/7': () => jsonResponse(contest), ...routes });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/judging/contests/:contestId/rounds/:roundId/:section" element={<JudgingRoundPage />} />
    </Routes>,
    { route: `/judging/contests/7/rounds/21/${section}` },
  );
  return fetchMock;
}

const bodyOf = (fetchMock: ReturnType<typeof fakeApi>, method: string, path: string) => {
  const call = fetchMock.mock.calls.find(([url, init]) => String(url).includes(path) && (init?.method ?? 'GET') === method);
  return call ? JSON.parse(String(call[1]?.body)) : undefined;
};

describe('the jury’s round page', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows essays without their authors and saves a grade typed with a decimal comma', async () => {
    signInAs('judge', 'j1', 'Thành viên Ban giám khảo');
    let graded = false;
    const fetchMock = renderRound('essays', {
      'GET /rounds/21/essays': ({ url }) => {
        expect(url.searchParams.get('pending')).toBe('true');
        return jsonResponse(graded ? [] : [anEssay()]);
      },
      'PUT /essays/3f2a9c01-1111-4222-8333-944444444444:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/grade': () => {
        graded = true;
        return jsonResponse(anEssay({ status: 'graded', gradeCount: 1, myGrade: { score: 4.5, comment: 'Đề xuất cụ thể.' } }));
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Chấm bài tự luận — Tuần 1' })).toBeTruthy();
    const card = await screen.findByTestId('essay-card');
    expect(within(card).getByRole('heading', { name: 'Bài 3F2A9C01' })).toBeTruthy();
    expect(within(card).getByText('Chưa chấm')).toBeTruthy();
    expect(within(card).getByText(/Rút ngắn thời gian giải quyết hồ sơ/)).toBeTruthy();
    expect(within(card).getByText('một đề xuất').tagName).toBe('STRONG');

    const score = within(card).getByLabelText('Điểm (từ 0 đến 5)');
    fireEvent.change(score, { target: { value: '6' } });
    fireEvent.click(within(card).getByRole('button', { name: /^Lưu điểm/ }));
    expect(await within(card).findByText('Điểm phải từ 0 đến 5.')).toBeTruthy();
    expect(bodyOf(fetchMock, 'PUT', '/grade')).toBeUndefined();

    fireEvent.change(score, { target: { value: '4,5' } });
    fireEvent.change(within(card).getByLabelText(/Nhận xét/), { target: { value: ' Đề xuất cụ thể. ' } });
    fireEvent.click(within(card).getByRole('button', { name: /^Lưu điểm/ }));
    expect(await screen.findByText('Đã lưu điểm bài 3F2A9C01: 4,5/5 điểm.')).toBeTruthy();
    expect(bodyOf(fetchMock, 'PUT', '/grade')).toEqual({ score: 4.5, comment: 'Đề xuất cụ thể.' });
    expect(await screen.findByText('Không còn bài nào chờ bạn chấm.')).toBeTruthy();
  });

  it('explains a grading conflict, and shows essays a judge can no longer change', async () => {
    signInAs('judge', 'j1');
    renderRound('essays', {
      'GET /rounds/21/essays': ({ url }) =>
        jsonResponse(
          url.searchParams.get('pending') === 'true'
            ? [anEssay({ status: 'in_progress', gradeCount: 1 })]
            : [anEssay({ status: 'needs_third', gradeCount: 2, myGrade: { score: 2, comment: null } })],
        ),
      'PUT /essays/3f2a9c01-1111-4222-8333-944444444444:aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee/grade': () =>
        jsonResponse({ error: { code: 'ESSAY_GRADE_CONFLICT', message: 'x' } }, 409),
    });
    const card = await screen.findByTestId('essay-card');
    expect(within(card).getByText('Đang chấm (chờ giám khảo thứ hai)')).toBeTruthy();
    fireEvent.change(within(card).getByLabelText('Điểm (từ 0 đến 5)'), { target: { value: '3' } });
    fireEvent.click(within(card).getByRole('button', { name: /^Lưu điểm/ }));
    expect(await within(card).findByRole('alert')).toHaveProperty('textContent', 'Bài tự luận này đã được chấm đủ hoặc bạn đã chấm bài này.');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Chỉ hiện bài đang chờ tôi chấm' }));
    expect(await screen.findByText('Cần giám khảo thứ ba')).toBeTruthy();
    expect(screen.getByText('Điểm bạn chấm: 2/5')).toBeTruthy();
    expect(screen.getByText('Đã có giám khảo khác chấm bài này nên điểm của bạn không sửa được nữa.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Lưu điểm|Sửa điểm/ })).toBeNull();
  });

  it('lets the committee scan and read flags, without essays or decisions', async () => {
    signInAs('organizer', 'o1');
    let scanned = false;
    renderRound('essays', {
      'POST /rounds/21/flags/scan': () => {
        scanned = true;
        return jsonResponse({ raised: 1 });
      },
      'GET /rounds/21/flags': () => jsonResponse(scanned ? [aFlag()] : []),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Cờ cảnh báo — Tuần 1' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Công việc của đợt thi' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Cờ cảnh báo', 'Khiếu nại', 'Phân tích câu hỏi']);
    expect(within(nav).getByRole('link', { name: 'Cờ cảnh báo' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText(/Không có cờ nào chờ xử lý/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Quét tìm dấu hiệu bất thường' }));
    expect(await screen.findByText('Đã quét xong: 1 cờ mới.')).toBeTruthy();
    const card = await screen.findByTestId('flag-card');
    expect(within(card).getByRole('heading', { name: 'Làm bài nhanh bất thường' })).toBeTruthy();
    expect(within(card).getByText('Nguyễn Văn An — Thành phố Tam Kỳ')).toBeTruthy();
    expect(within(card).getByText('1,6 giây')).toBeTruthy();
    expect(within(card).queryByRole('button', { name: /Ghi quyết định/ })).toBeNull();
  });

  it('has a judge uphold a flag with a reason, disqualifying the entrant', async () => {
    signInAs('judge', 'j1');
    let decided: IntegrityFlag | null = null;
    const fetchMock = renderRound('flags', {
      'GET /rounds/21/flags': ({ url }) => jsonResponse(url.searchParams.get('status') === 'open' && !decided ? [aFlag()] : decided ? [decided] : []),
      'POST /flags/f1/decision': () => {
        decided = aFlag({ status: 'upheld', scope: 'entrant', reason: 'Cùng một người.', decidedBy: { id: 'j1', fullName: 'Giám khảo' } });
        return jsonResponse(decided);
      },
    });
    const card = await screen.findByTestId('flag-card');
    fireEvent.click(within(card).getByRole('button', { name: /^Ghi quyết định/ }));
    expect(await within(card).findByText('Chọn một quyết định.')).toBeTruthy();
    expect(within(card).getByText('Nhập lý do.')).toBeTruthy();

    fireEvent.click(within(card).getByRole('radio', { name: 'Xác nhận vi phạm: loại thí sinh khỏi toàn bộ cuộc thi' }));
    fireEvent.change(within(card).getByLabelText('Lý do'), { target: { value: 'Cùng một người.' } });
    fireEvent.click(within(card).getByRole('button', { name: /^Ghi quyết định/ }));
    expect(await screen.findByText('Đã xác nhận vi phạm “Làm bài nhanh bất thường” của Nguyễn Văn An.')).toBeTruthy();
    expect(bodyOf(fetchMock, 'POST', '/flags/f1/decision')).toEqual({ decision: 'uphold', scope: 'entrant', reason: 'Cùng một người.' });
  });

  it('re-keys an appealed multiple-choice question from the options the item analysis knows', async () => {
    signInAs('judge', 'j1');
    const fetchMock = renderRound('appeals', {
      'GET /rounds/21/appeals': () => jsonResponse([anAppeal()]),
      'GET /rounds/21/item-analysis': () => jsonResponse(items),
      'GET /questions/q1': () => jsonResponse(aQuestion({ id: 'q1', type: 'multiple_choice', options: [{ id: 'o1', text: 'Sở Nội vụ' }, { id: 'o2', text: 'Sở Tư pháp' }] })),
      'POST /appeals/a1/decision': () => jsonResponse(anAppeal({ status: 'answered', decision: 'rekey', response: 'Cả hai phương án đều đúng.' })),
    });
    const card = await screen.findByTestId('appeal-card');
    expect(within(card).getByText('Theo Nghị định 24/2014/NĐ-CP, phương án B cũng đúng.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('radio', { name: 'Sửa đáp án của câu hỏi' }));
    await waitFor(() => expect((within(card).getByRole('checkbox', { name: 'Sở Nội vụ' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(card).getByRole('checkbox', { name: 'Sở Tư pháp' }));
    fireEvent.change(within(card).getByLabelText('Trả lời thí sinh'), { target: { value: 'Cả hai phương án đều đúng.' } });
    expect(within(card).getByText(/mọi bài thi được chấm lại/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: /^Gửi trả lời/ }));
    expect(await screen.findByText('Đã trả lời khiếu nại 1; đợt thi đã được chấm lại.')).toBeTruthy();
    expect(bodyOf(fetchMock, 'POST', '/appeals/a1/decision')).toEqual({
      decision: 'rekey',
      response: 'Cả hai phương án đều đúng.',
      correctOptionIds: ['o1', 'o2'],
    });
  });

  it('offers one right option for a single-choice question, and no re-key for an essay', async () => {
    signInAs('judge', 'j1');
    const fetchMock = renderRound('appeals', {
      'GET /rounds/21/appeals': () => jsonResponse([anAppeal(), anAppeal({ id: 'a2', question: { id: 'q9', stem: 'Nêu một đề xuất.' } })]),
      'GET /rounds/21/item-analysis': () => jsonResponse(items),
      'GET /questions/q1': () => jsonResponse(aQuestion({ id: 'q1', type: 'single_choice', options: [{ id: 'o1', text: 'Sở Nội vụ' }, { id: 'o2', text: 'Sở Tư pháp' }] })),
      'GET /questions/q9': () => jsonResponse(aQuestion({ id: 'q9', type: 'essay', options: [] })),
      'POST /appeals/a1/decision': () => jsonResponse(anAppeal({ status: 'answered', decision: 'rekey' })),
    });
    const [choice, essay] = await screen.findAllByTestId('appeal-card');
    await waitFor(() => expect(within(essay).queryByRole('radio', { name: 'Sửa đáp án của câu hỏi' })).toBeNull());
    expect(within(essay).getByRole('radio', { name: 'Bác khiếu nại' })).toBeTruthy();
    await within(choice).findByRole('radio', { name: 'Sửa đáp án của câu hỏi' });
    fireEvent.click(within(choice).getByRole('radio', { name: 'Sửa đáp án của câu hỏi' }));
    const key = await within(choice).findByRole('radiogroup', { name: 'Đáp án đúng sau khi sửa' });
    await waitFor(() => expect((within(key).getByRole('radio', { name: 'Sở Nội vụ' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(within(key).getByRole('radio', { name: 'Sở Tư pháp' }));
    fireEvent.change(within(choice).getByLabelText('Trả lời thí sinh'), { target: { value: 'Đáp án đúng là Sở Tư pháp.' } });
    fireEvent.click(within(choice).getByRole('button', { name: /^Gửi trả lời/ }));
    expect(await screen.findByText('Đã trả lời khiếu nại 1; đợt thi đã được chấm lại.')).toBeTruthy();
    expect(bodyOf(fetchMock, 'POST', '/appeals/a1/decision')).toEqual({ decision: 'rekey', response: 'Đáp án đúng là Sở Tư pháp.', correctOptionIds: ['o2'] });
  });

  it('tabulates item analysis with the questions to revise', async () => {
    signInAs('judge', 'j1');
    renderRound('items', { 'GET /rounds/21/item-analysis': () => jsonResponse(items) });
    const table = await screen.findByRole('table', { name: 'Thống kê từng câu hỏi của đợt thi' });
    const row = within(table).getByTestId('item-row');
    expect(within(row).getByText('25%')).toBeTruthy();
    expect(within(row).getByText('0,12')).toBeTruthy();
    expect(within(row).getByText('Quá khó')).toBeTruthy();
    expect(within(row).getByText('Độ phân biệt thấp')).toBeTruthy();
    expect(within(row).getByText('Sở Tư pháp: 9 lượt (75%)')).toBeTruthy();
  });
});
