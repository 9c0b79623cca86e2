import { Workbook } from 'exceljs';
import { zipEntry } from './fixtures/zip-entry';
import { readReport } from './read-report';
import { readWorkbook } from './read-workbook';
import { writeReport } from './write-report';

async function xlsxOf(fill: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  fill(workbook);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('readWorkbook', () => {
  it.each([
    ['empty bytes', Buffer.alloc(0)],
    ['a CSV file', Buffer.from('Họ và tên,Điểm\nAn,9\n')],
    ['a PDF header', Buffer.from('%PDF-1.7\n')],
  ])('is null for %s', async (_, data) => {
    expect(await readWorkbook(data)).toBeNull();
    expect(await readReport(data, 'Kết quả')).toBeNull();
  });

  it('is null for a zip that is not a workbook', async () => {
    const report = await writeReport([{ name: 'A', columns: [{ header: 'Tên', key: 'name' }], rows: [] }]);
    expect(zipEntry(report, '[Content_Types].xml')).toContain('spreadsheetml');
    // Same zip, but its workbook part renamed away: a zip exceljs opens and finds no sheet in.
    const broken = Buffer.from(report.toString('latin1').replaceAll('xl/workbook.xml', 'xl/workbook.xxx'), 'latin1');
    expect(await readWorkbook(broken)).toBeNull();
  });

  it('reads any workbook: cached formula results, merged ranges once, rich text, dates as days, a dense grid', async () => {
    const data = await xlsxOf((wb) => {
      const sheet = wb.addWorksheet('Tổng hợp');
      sheet.getCell('A1').value = 'Đơn vị';
      sheet.getCell('B1').value = 'Số người';
      sheet.getCell('A2').value = { richText: [{ text: 'Xã ' }, { text: 'Tân Phú', font: { bold: true } }] };
      sheet.getCell('B2').value = 12;
      sheet.getCell('A3').value = 'Tổng';
      sheet.getCell('B3').value = { formula: 'SUM(B2:B2)', result: 12 };
      sheet.getCell('D4').value = new Date(Date.UTC(2025, 2, 15));
      sheet.getCell('A5').value = 'Ghi chú chung';
      sheet.mergeCells('A5:C5');
      wb.addWorksheet('Trống');
    });
    expect(await readWorkbook(data)).toEqual([
      {
        name: 'Tổng hợp',
        rows: [
          ['Đơn vị', 'Số người', '', ''],
          ['Xã Tân Phú', '12', '', ''],
          ['Tổng', '12', '', ''],
          ['', '', '', '2025-03-15'],
          ['Ghi chú chung', '', '', ''],
        ],
      },
      { name: 'Trống', rows: [] },
    ]);
  });
});
