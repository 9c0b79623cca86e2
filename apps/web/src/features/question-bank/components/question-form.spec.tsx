import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import { sessionStore } from '../../../lib/api-client';
import { aQuestion, bank, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { QuestionEditorPage } from './question-editor-page';

const CORRECT_COUNT = 'Câu một đáp án và câu Đúng/Sai cần đúng một đáp án đúng; câu nhiều đáp án cần ít nhất một.';

function DetailProbe() {
  const location = useLocation();
  const notice = (location.state as { notice?: { text: string } } | null)?.notice?.text;
  return <p>detail {location.pathname} — {notice}</p>;
}

let createQuestion: (body: unknown) => Response;
let fetchMock: ReturnType<typeof fakeApi>;

function renderEditor() {
  fetchMock = fakeApi({
    'GET /question-banks': () => jsonResponse([bank]),
    'POST /questions': ({ init }) => createQuestion(JSON.parse(String(init.body))),
  });
  vi.stubGlobal('fetch', fetchMock);
  return renderWithProviders(
    <Routes>
      <Route path="/organizer/questions/new" element={<QuestionEditorPage />} />
      <Route path="/organizer/questions/:id" element={<DetailProbe />} />
    </Routes>,
    { route: '/organizer/questions/new?bank=1' },
  );
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => {
  fireEvent.change(field(label), { target: { value } });
  fireEvent.blur(field(label));
};
const chooseType = (label: string) => fireEvent.click(screen.getByRole('radio', { name: label }));
const toggleCorrect = (letter: string) => fireEvent.click(screen.getByLabelText(`Đáp án đúng phương án ${letter}`));
const errorOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((e) => e?.classList.contains('field__error'))
    ?.textContent?.replace('⚠ ', '') ?? null;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

/** A complete single-choice question; tests then change what they are about. */
function fillValidQuestion() {
  type('Nội dung câu hỏi', 'Cơ quan nào là **đầu mối** tham mưu cải cách hành chính cấp tỉnh?');
  type('Phương án A', 'Sở Nội vụ');
  type('Phương án B', 'Sở Tư pháp');
  type('Phương án C', 'Văn phòng UBND tỉnh');
  type('Phương án D', 'Sở Tài chính');
  toggleCorrect('A');
  fireEvent.change(field('Lĩnh vực'), { target: { value: 'organization' } });
  fireEvent.change(field('Mức độ'), { target: { value: 'easy' } });
}

// Whole-editor renders with a live preview: slower than the other specs under jsdom.
describe('question editor', { timeout: 20_000 }, () => {
  beforeEach(() => signInAs('organizer'));
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('adapts its answer part to the question type, keeping what was typed', async () => {
    renderEditor();
    await screen.findByLabelText('Phương án A');
    expect(screen.getAllByRole('radio', { name: /^Đáp án đúng phương án/ })).toHaveLength(4);
    type('Phương án A', 'Sở Nội vụ');

    chooseType('Nhiều đáp án');
    expect(screen.getAllByRole('checkbox', { name: /^Đáp án đúng phương án/ })).toHaveLength(4);
    expect(screen.queryAllByRole('radio', { name: /^Đáp án đúng phương án/ })).toHaveLength(0);

    chooseType('Đúng/Sai');
    expect(screen.queryByLabelText('Phương án A')).toBeNull();
    const key = screen.getByRole('radiogroup', { name: 'Đáp án đúng' });
    expect(within(key).getAllByRole('radio').map((radio) => radio.closest('.choice')?.textContent)).toEqual(['Đúng', 'Sai']);

    chooseType('Trả lời ngắn');
    expect(screen.getByRole('textbox', { name: 'Đáp án được chấp nhận 1' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /Không phân biệt dấu/ })).toBeTruthy();

    chooseType('Tự luận');
    expect(screen.getByText('Câu tự luận không có phương án hay đáp án; Ban giám khảo chấm bài.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Đáp án được chấp nhận 1' })).toBeNull();

    chooseType('Một đáp án');
    expect(field('Phương án A').value).toBe('Sở Nội vụ');
  });

  it('says, in Vietnamese, that a single-choice question cannot have two correct answers', async () => {
    renderEditor();
    await screen.findByLabelText('Phương án A');
    chooseType('Nhiều đáp án');
    toggleCorrect('A');
    toggleCorrect('B');
    expect(screen.queryByText(CORRECT_COUNT)).toBeNull();

    chooseType('Một đáp án');
    const options = screen.getByRole('group', { name: 'Các phương án trả lời' });
    expect(within(options).getByText(CORRECT_COUNT)).toBeTruthy();
    // Both marks stay visible until the author picks one.
    expect((screen.getByLabelText('Đáp án đúng phương án A') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Đáp án đúng phương án B') as HTMLInputElement).checked).toBe(true);

    toggleCorrect('B');
    expect(screen.queryByText(CORRECT_COUNT)).toBeNull();
    expect((screen.getByLabelText('Đáp án đúng phương án A') as HTMLInputElement).checked).toBe(false);
  });

  it('flags duplicate options with the domain rule, once the author has been there', async () => {
    renderEditor();
    await screen.findByLabelText('Phương án A');
    type('Phương án A', 'Sở Nội vụ');
    type('Phương án B', 'SỞ NỘI VỤ');
    expect(screen.getByText('Có hai phương án trùng nội dung.')).toBeTruthy();
  });

  it('sends nothing while the form is incomplete and focuses a summary of every problem', async () => {
    renderEditor();
    await screen.findByLabelText('Phương án A');
    save();
    const summary = await screen.findByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' });
    const box = summary.closest('.error-summary') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    const links = within(box).getAllByRole('link').map((link) => link.textContent);
    expect(links).toContain('Nội dung câu hỏi: Thông tin này là bắt buộc.');
    expect(links).toContain('Phương án A: Phương án không được để trống.');
    expect(links).toContain('Lĩnh vực: Thông tin này là bắt buộc.');
    expect(errorOf(field('Nội dung câu hỏi'))).toBe('Thông tin này là bắt buộc.');
    expect(field('Nội dung câu hỏi').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('puts the server’s field problems on their fields until they are edited', async () => {
    createQuestion = () =>
      jsonResponse(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'invalid',
            details: [
              { field: 'options.1.text', code: 'TOO_LONG', message: 'too long' },
              { field: 'source.document', code: 'SOURCE_REQUIRED', message: 'source' },
            ],
          },
        },
        400,
      );
    renderEditor();
    await screen.findByLabelText('Phương án A');
    fillValidQuestion();
    save();

    await waitFor(() => expect(errorOf(field('Phương án B'))).toBe('Nội dung quá dài.'));
    expect(field('Phương án B').getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field('Văn bản pháp lý (không bắt buộc)'))).toBe('Cần ghi văn bản pháp lý làm căn cứ trước khi gửi duyệt.');
    const summary = screen.getByRole('heading', { name: 'Vui lòng kiểm tra lại các thông tin sau' }).closest('.error-summary') as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#question-option-1-text', '#question-source-document']);

    type('Phương án B', 'Sở Tư pháp tỉnh');
    expect(errorOf(field('Phương án B'))).toBeNull();
    expect(errorOf(field('Văn bản pháp lý (không bắt buộc)'))).not.toBeNull();
  });

  it('creates the question as typed, normalised, and opens it', async () => {
    let sent: unknown;
    createQuestion = (body) => {
      sent = body;
      return jsonResponse(aQuestion({ id: 'q-new', duplicateOf: ['q-old'] }), 201);
    };
    renderEditor();
    await screen.findByLabelText('Phương án A');
    fillValidQuestion();
    type('Từ khóa (không bắt buộc)', 'một cửa,  dịch vụ công , một cửa');
    save();

    expect(await screen.findByText(/detail \/organizer\/questions\/q-new/)).toBeTruthy();
    expect(screen.getByText(/có thể trùng/)).toBeTruthy();
    expect(sent).toEqual({
      bankId: 1,
      type: 'single_choice',
      stem: 'Cơ quan nào là **đầu mối** tham mưu cải cách hành chính cấp tỉnh?',
      options: [
        { text: 'Sở Nội vụ', isCorrect: true },
        { text: 'Sở Tư pháp', isCorrect: false },
        { text: 'Văn phòng UBND tỉnh', isCorrect: false },
        { text: 'Sở Tài chính', isCorrect: false },
      ],
      points: 1,
      topic: 'organization',
      difficulty: 'easy',
      explanation: null,
      source: null,
      tags: ['một cửa', 'dịch vụ công'],
    });
  });
});

describe('phone preview', { timeout: 20_000 }, () => {
  beforeEach(() => signInAs('organizer'));
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('renders the stem’s **bold** as an element and never shows which option is correct', async () => {
    renderEditor();
    await screen.findByLabelText('Phương án A');
    fillValidQuestion();
    toggleCorrect('C');

    const frame = screen.getByTestId('phone-frame');
    expect(frame.querySelector('strong')?.textContent).toBe('đầu mối');
    const answers = within(frame).getAllByRole('radio') as HTMLInputElement[];
    expect(answers).toHaveLength(4);
    expect(answers.every((answer) => !answer.checked)).toBe(true);
    // Every option is rendered the same way: nothing in the markup sets the correct one apart.
    const shapes = [...frame.querySelectorAll('.answer')].map((answer) => answer.outerHTML.replace(/>[^<]*</g, '><').replace(/option-\d|«[^»]*»|:r[0-9a-z]+:/g, ''));
    expect(new Set(shapes).size).toBe(1);
    expect(frame.innerHTML).not.toMatch(/correct|đúng/i);

    // The key is for the author, outside the frame.
    expect(screen.getByText('Đáp án (chỉ người soạn thấy):').parentElement?.textContent).toBe('Đáp án (chỉ người soạn thấy): C');
  });

  it('keeps the key in step with a shuffled order', async () => {
    renderEditor();
    await screen.findByLabelText('Phương án A');
    fillValidQuestion();
    fireEvent.click(screen.getByLabelText('Xáo trộn thứ tự phương án (như khi đợt thi bật xáo trộn)'));
    const frame = screen.getByTestId('phone-frame');
    const order = [...frame.querySelectorAll('.answer__text')].map((text) => text.textContent);
    expect([...order].sort()).toEqual(['Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Văn phòng UBND tỉnh'].sort());
    const letter = String.fromCharCode(65 + order.indexOf('Sở Nội vụ'));
    expect(screen.getByText('Đáp án (chỉ người soạn thấy):').parentElement?.textContent).toBe(`Đáp án (chỉ người soạn thấy): ${letter}`);
  });
});
