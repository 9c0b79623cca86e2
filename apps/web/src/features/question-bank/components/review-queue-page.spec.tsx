import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Question } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aQuestion, bank, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ReviewQueuePage, oldestFirst } from './review-queue-page';

const mine = aQuestion({
  id: 'q-mine',
  status: 'in_review',
  stem: 'Câu do tôi soạn về **một cửa**',
  author: { id: 'u-me', fullName: 'Lê Thị Thu' },
  updatedAt: '2018-04-03T01:00:00Z',
});
const theirs = aQuestion({
  id: 'q-theirs',
  status: 'in_review',
  stem: 'Câu của đồng nghiệp về dịch vụ công',
  author: { id: 'u-other', fullName: 'Trần Văn Bình' },
  updatedAt: '2018-04-02T01:00:00Z',
});

function renderQueue(waiting: Question[]) {
  const reviews: { id: string; body: unknown }[] = [];
  let queue = [...waiting];
  const fetchMock = fakeApi({
    'GET /question-banks': () => jsonResponse([bank]),
    // The API lists newest first.
    'GET /questions': () => jsonResponse({ items: [...queue].reverse(), total: queue.length, page: 1, pageSize: 100 }),
    'POST /questions/q-theirs/review': ({ init }) => {
      reviews.push({ id: 'q-theirs', body: JSON.parse(String(init.body)) });
      queue = queue.filter((q) => q.id !== 'q-theirs');
      return jsonResponse({ ...theirs, status: 'approved' });
    },
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(<ReviewQueuePage />, { route: '/organizer/questions/review' });
  return { reviews, fetchMock };
}

const open = (stem: RegExp) => fireEvent.click(screen.getByRole('button', { name: stem }));

describe('review queue', () => {
  beforeEach(() => signInAs('organizer', 'u-me'));
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('lists the longest-waiting question first', () => {
    expect(oldestFirst([mine, theirs]).map((q) => q.id)).toEqual(['q-theirs', 'q-mine']);
  });

  it('marks the reviewer’s own question and disables its approval, with the reason', async () => {
    renderQueue([theirs, mine]);
    const toggles = await screen.findAllByRole('button', { expanded: false });
    expect(toggles.map((toggle) => toggle.textContent)).toEqual(['▸Câu của đồng nghiệp về dịch vụ công', '▸Câu do tôi soạn về một cửa']);
    expect(screen.getAllByText('Do bạn soạn — cần người khác duyệt')).toHaveLength(1);

    open(/Câu do tôi soạn/);
    const panel = document.getElementById('review-panel-q-mine') as HTMLElement;
    const approve = within(panel).getByRole('button', { name: 'Duyệt' });
    expect((approve as HTMLButtonElement).disabled).toBe(true);
    expect(approve.getAttribute('aria-describedby')).toBe('review-q-mine-own');
    expect(document.getElementById('review-q-mine-own')?.textContent).toMatch(/^Câu hỏi do bạn soạn — cần người khác duyệt/);
    // The full preview, the key and the source are there to check.
    expect(within(panel).getByTestId('phone-frame').querySelector('strong')?.textContent).toBe('một cửa');
    expect(within(panel).getByText('Đáp án (chỉ người soạn thấy):').parentElement?.textContent).toBe('Đáp án (chỉ người soạn thấy): A');
    expect(within(panel).getByText('Nghị định 24/2014/NĐ-CP')).toBeTruthy();

    open(/Câu của đồng nghiệp/);
    const other = document.getElementById('review-panel-q-theirs') as HTMLElement;
    expect((within(other).getByRole('button', { name: 'Duyệt' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('needs a comment to send back, and approves without one', async () => {
    const { reviews } = renderQueue([theirs, mine]);
    open(await screen.findByRole('button', { name: /Câu của đồng nghiệp/ }).then(() => /Câu của đồng nghiệp/));
    const panel = document.getElementById('review-panel-q-theirs') as HTMLElement;

    fireEvent.click(within(panel).getByRole('button', { name: 'Trả lại để sửa' }));
    const comment = within(panel).getByLabelText(/^Nhận xét/);
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(within(panel).getByText('Hãy ghi nhận xét để người soạn biết cần sửa gì.')).toBeTruthy();
    expect(document.activeElement).toBe(comment);
    expect(reviews).toHaveLength(0);

    fireEvent.click(within(panel).getByRole('button', { name: 'Duyệt' }));
    await waitFor(() => expect(reviews).toEqual([{ id: 'q-theirs', body: { decision: 'approve' } }]));
    expect(await screen.findByText(/^Đã duyệt: Câu của đồng nghiệp/)).toBeTruthy();
    // The approved question leaves the queue; focus moves on to the next one.
    await waitFor(() => expect(screen.queryByRole('button', { name: /Câu của đồng nghiệp/ })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Câu do tôi soạn/ })));
  });
});
