import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes, useLocation } from 'react-router';
import type { ImportReport } from '@reform-quiz/contracts';
import { sessionStore } from '../../../lib/api-client';
import { aReport, bank, fakeApi, signInAs } from '../../../testing/question-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ImportWizardPage } from './import-wizard-page';

const TWO_PROBLEMS: ImportReport['problems'] = [
  { row: 4, column: 'Đáp án đúng', code: 'CORRECT_COUNT', message: 'Câu một đáp án cần đúng một đáp án đúng; dòng này ghi “A, C”.' },
  { row: 9, column: 'Chủ đề', code: 'INVALID_VALUE', message: 'Giá trị “Kinh tế” không hợp lệ ở “Chủ đề”.' },
];

function ListProbe() {
  const location = useLocation();
  return <p>list {location.search}</p>;
}

interface Upload {
  dryRun: string | null;
  bankId: string | null;
  status: string | null;
  fileName: string;
  contentType: string | undefined;
}

function renderWizard(answer: (upload: Upload, index: number) => Response) {
  const uploads: Upload[] = [];
  const fetchMock = fakeApi({
    'GET /question-banks': () => jsonResponse([bank, { ...bank, id: 2, name: 'Ngân hàng thi thử' }]),
    'POST /questions/import': ({ url, init }) => {
      const form = init.body as FormData;
      const file = form.get('file') as File;
      const upload = {
        dryRun: url.searchParams.get('dryRun'),
        bankId: url.searchParams.get('bankId'),
        status: url.searchParams.get('status'),
        fileName: file.name,
        contentType: (init.headers as Record<string, string>)['Content-Type'],
      };
      uploads.push(upload);
      return answer(upload, uploads.length - 1);
    },
  });
  vi.stubGlobal('fetch', fetchMock);
  renderWithProviders(
    <Routes>
      <Route path="/organizer/questions/import" element={<ImportWizardPage />} />
      <Route path="/organizer/questions" element={<ListProbe />} />
    </Routes>,
    { route: '/organizer/questions/import?bank=1' },
  );
  return uploads;
}

const xlsx = (name: string) => new File(['PK fake workbook'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

function pick(label: string, file: File) {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

describe('import wizard', () => {
  beforeEach(() => signInAs('organizer'));
  afterEach(() => {
    sessionStore.clear();
    vi.unstubAllGlobals();
  });

  it('checks, shows both problems, re-checks a fixed file, then imports and links to the imported questions', async () => {
    const uploads = renderWizard((upload, index) => {
      if (index === 0) return jsonResponse(aReport({ problems: TWO_PROBLEMS }));
      if (upload.dryRun === 'true') return jsonResponse(aReport({ duplicates: [{ row: 5, existingId: 'q-77' }] }));
      return jsonResponse(aReport({ dryRun: false, imported: 12, status: 'in_review' }));
    });
    await screen.findByLabelText('Tệp câu hỏi');
    fireEvent.click(screen.getByLabelText('Chờ duyệt'));
    pick('Tệp câu hỏi', xlsx('cau-hoi.xlsx'));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));

    const heading = await screen.findByRole('heading', { name: 'Bước 2: Kết quả kiểm tra' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const table = screen.getByRole('table', { name: 'Lỗi cần sửa (2)' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['4', 'Đáp án đúng', TWO_PROBLEMS[0].message],
      ['9', 'Chủ đề', TWO_PROBLEMS[1].message],
    ]);
    expect(screen.queryByRole('button', { name: 'Tiếp tục' })).toBeNull();

    pick('Tệp đã sửa', xlsx('cau-hoi-da-sua.xlsx'));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));
    await screen.findByText('Không có lỗi. Tệp sẵn sàng để nhập.');
    expect(screen.getByText('Dòng 5 giống')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));

    await screen.findByRole('heading', { name: 'Bước 3: Xác nhận nhập' });
    expect(screen.getByText('Nhập 12 câu hỏi vào ngân hàng “Ngân hàng CCHC 2018” với trạng thái “Chờ duyệt”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));

    expect(await screen.findByText('Đã nhập 12 câu hỏi vào ngân hàng “Ngân hàng CCHC 2018” với trạng thái “Chờ duyệt”.')).toBeTruthy();
    expect(uploads).toEqual([
      { dryRun: 'true', bankId: '1', status: 'in_review', fileName: 'cau-hoi.xlsx', contentType: undefined },
      { dryRun: 'true', bankId: '1', status: 'in_review', fileName: 'cau-hoi-da-sua.xlsx', contentType: undefined },
      // The commit sends the checked file again.
      { dryRun: 'false', bankId: '1', status: 'in_review', fileName: 'cau-hoi-da-sua.xlsx', contentType: undefined },
    ]);
    fireEvent.click(screen.getByRole('link', { name: 'Xem các câu hỏi vừa nhập' }));
    expect(await screen.findByText('list ?bank=1&status=in_review')).toBeTruthy();
  });

  it('returns to the findings when the commit is refused with problems', async () => {
    renderWizard((upload) =>
      upload.dryRun === 'true'
        ? jsonResponse(aReport())
        : jsonResponse({ error: { code: 'IMPORT_REJECTED', message: 'no', problems: [TWO_PROBLEMS[1]] } }, 422),
    );
    pick(await screen.findByLabelText('Tệp câu hỏi').then(() => 'Tệp câu hỏi'), xlsx('a.xlsx'));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tiếp tục' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Xác nhận nhập' }));

    expect(await screen.findByRole('table', { name: 'Lỗi cần sửa (1)' })).toBeTruthy();
    expect(screen.getByText('Tệp còn lỗi nên chưa có câu hỏi nào được nhập. Vui lòng sửa các lỗi được liệt kê.')).toBeTruthy();
  });

  it('says a file is too large before uploading it, and translates the server’s 413', async () => {
    const uploads = renderWizard(() => jsonResponse({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'big' } }, 413));
    await screen.findByLabelText('Tệp câu hỏi');
    const big = xlsx('lon.xlsx');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    pick('Tệp câu hỏi', big);
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText('Tệp vượt quá 5 MB. Hãy tách thành nhiều tệp nhỏ hơn.')).toBeTruthy();
    expect(screen.getByLabelText('Tệp câu hỏi').getAttribute('aria-invalid')).toBe('true');
    expect(uploads).toHaveLength(0);

    pick('Tệp câu hỏi', xlsx('vua.xlsx'));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tệp vượt quá 5 MB nên máy chủ không nhận. Hãy tách thành nhiều tệp nhỏ hơn.');
  });

  it('refuses other file types without uploading', async () => {
    const uploads = renderWizard(() => jsonResponse(aReport()));
    await screen.findByLabelText('Tệp câu hỏi');
    pick('Tệp câu hỏi', new File(['x'], 'de-thi.docx'));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText('Chỉ nhận tệp .xlsx, .csv, .gift hoặc .txt.')).toBeTruthy();
    expect(uploads).toHaveLength(0);
  });
});
