import { screen, within } from '@testing-library/react';
import type { QuestionCounts } from '@reform-quiz/contracts';
import '../../../i18n/question-bank';
import { sessionStore } from '../../../lib/api-client';
import { fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { CountsGrid, countMatrix } from './counts-grid';

const counts: QuestionCounts = {
  status: 'approved',
  cells: [
    { topic: 'procedures', difficulty: 'easy', count: 12 },
    { topic: 'procedures', difficulty: 'hard', count: 3 },
    { topic: 'e_government', difficulty: 'medium', count: 5 },
  ],
  total: 20,
};

describe('counts grid', () => {
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('fills every topic × difficulty cell and totals rows and columns', () => {
    const matrix = countMatrix(counts);
    expect(matrix.rows.find((row) => row.topic === 'procedures')).toEqual({ topic: 'procedures', byDifficulty: [12, 0, 3], total: 15 });
    expect(matrix.columnTotals).toEqual([12, 5, 3]);
    expect(matrix.total).toBe(20);
  });

  it('shows approved counts with a caption that says blueprints draw from them', async () => {
    signInAs('judge');
    const fetchMock = fakeApi({ 'GET /questions/counts': () => jsonResponse(counts) });
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(<CountsGrid bankId={1} />);
    const table = await screen.findByRole('table', { name: /Câu hỏi đã duyệt theo lĩnh vực và mức độ/ });
    expect(table.querySelector('caption')?.textContent).toMatch(/cấu trúc đề \(blueprint\)/);
    const row = within(table).getByRole('row', { name: /^Cải cách thủ tục hành chính/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['12', '0', '3', '15']);
    expect(String(fetchMock.mock.calls[0][0])).toBe('/api/v1/questions/counts?bankId=1&status=approved');
  });
});
