import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { Question } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aQuestion, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { QuestionDetailPage } from './question-detail-page';
import { QuestionEditorPage } from './question-editor-page';

function renderDetail(question: Question, extra: Parameters<typeof fakeApi>[0] = {}) {
  const fetchMock = fakeApi({
    [`GET /questions/${question.id}`]: () => jsonResponse(question),
    [`GET /questions/${question.id}/versions`]: () => jsonResponse([question]),
    ...extra,
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/organizer/questions/:id" element={<QuestionDetailPage />} />
      <Route path="/organizer/questions/:id/edit" element={<QuestionEditorPage />} />
    </Routes>,
    { route: `/organizer/questions/${question.id}` },
  );
  return fetchMock;
}

describe('question detail', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('shows a judge the question and its source, without actions and without assuming a key', async () => {
    signInAs('judge', 'u-judge');
    // What the API sends judges: no isCorrect, no acceptedAnswers.
    const { acceptedAnswers: _omitted, ...withoutAnswers } = aQuestion();
    renderDetail({ ...withoutAnswers, options: [{ id: 'o1', text: 'Sở Nội vụ' }, { id: 'o2', text: 'Sở Tư pháp' }] });

    const source = await screen.findByRole('region', { name: 'Căn cứ pháp lý' });
    expect(within(source).getByText('Nghị định 24/2014/NĐ-CP')).toBeTruthy();
    expect(within(source).getByText('Điều 9')).toBeTruthy();
    expect(screen.getByText('Đáp án chỉ hiển thị với Ban tổ chức.')).toBeTruthy();
    expect(screen.queryByText(/đáp án đúng/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Sửa câu hỏi' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gửi duyệt' })).toBeNull();
  });

  it('warns of likely duplicates with links to them', async () => {
    signInAs('organizer');
    renderDetail(aQuestion({ duplicateOf: ['3f2a9c1e-0000-4000-8000-000000000001'] }));
    const warning = await screen.findByText('Có thể trùng với 1 câu hỏi khác');
    const link = within(warning.closest('.alert') as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toBe('/organizer/questions/3f2a9c1e-0000-4000-8000-000000000001');
  });

  it('explains a refused submission (no legal source) and moves focus to the explanation', async () => {
    signInAs('organizer');
    renderDetail(aQuestion({ source: null }), {
      'POST /questions/q-1/submit': () =>
        jsonResponse({ error: { code: 'VALIDATION_FAILED', message: 'x', details: [{ field: 'source.document', code: 'SOURCE_REQUIRED', message: 'x' }] } }, 400),
    });
    expect(await screen.findByText('Chưa có căn cứ pháp lý. Cần bổ sung văn bản làm căn cứ trước khi gửi duyệt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gửi duyệt' }));
    const alert = await screen.findByText('Cần ghi văn bản pháp lý làm căn cứ trước khi gửi duyệt.');
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
  });

  it('opens the new version after editing a question attempts have used', async () => {
    signInAs('organizer');
    const used = aQuestion({ used: true, status: 'approved' });
    const next = aQuestion({ id: 'q-2', version: 2, previousVersionId: 'q-1', status: 'draft' });
    let put: unknown;
    renderDetail(used, {
      'PUT /questions/q-1': ({ init }) => {
        put = JSON.parse(String(init.body));
        return jsonResponse(next);
      },
      'GET /questions/q-2': () => jsonResponse(next),
      'GET /questions/q-2/versions': () => jsonResponse([next, { ...used, isLatest: false, status: 'retired' }]),
    });
    fireEvent.click(await screen.findByRole('link', { name: 'Sửa câu hỏi' }));
    expect(await screen.findByText('Câu hỏi này đã được dùng trong lượt thi')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));

    expect(await screen.findByText(/lưu thành phiên bản mới \(phiên bản 2\)/)).toBeTruthy();
    expect(put).toMatchObject({ type: 'single_choice', topic: 'organization', source: { document: 'Nghị định 24/2014/NĐ-CP', article: 'Điều 9', date: '2014-04-04' } });
    const history = screen.getByRole('region', { name: 'Lịch sử phiên bản' });
    expect((await within(history).findByRole('link', { name: 'Phiên bản 2' })).getAttribute('aria-current')).toBe('page');
    expect(within(history).getByRole('link', { name: 'Phiên bản 1' }).getAttribute('aria-current')).toBeNull();
  });
});
