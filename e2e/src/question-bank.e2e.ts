import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './support/accessibility';
import { apiLogin } from './support/api';
import { signIn, signOut } from './support/session';

/** Column number of a header in the questions sheet of the template. */
function column(sheet: ExcelJS.Worksheet, header: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, n) => {
    if (String(cell.value).trim() === header) found = n;
  });
  if (!found) throw new Error(`no column ${header}`);
  return found;
}

test.describe('question bank, as the organizing committee', () => {
  test('imports the template with two broken rows, fixes them, imports, and another member approves', async ({ page, request }) => {
    const organizer = await apiLogin(request, 'organizer@demo.local');
    const template = await request.get('/api/v1/questions/import/template', { headers: { authorization: `Bearer ${organizer.accessToken}` } });
    expect(template.ok()).toBe(true);

    // The organizer fills the template in a spreadsheet program: three questions, two of them wrong.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await template.body()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Câu hỏi');
    if (!sheet) throw new Error('template has no "Câu hỏi" sheet');
    const stems = ['Kế hoạch 1572/KH-UBND năm 2018 giao cơ quan nào tổ chức cuộc thi tìm hiểu CCHC? (e2e)', 'Nhận định sau đúng hay sai: Nghị quyết 30c/NQ-CP ban hành năm 2011. (e2e)', 'Ghi số hiệu nghị định về kiểm soát thủ tục hành chính năm 2010. (e2e)'];
    stems.forEach((stem, i) => (sheet.getCell(i + 2, column(sheet, 'Câu hỏi')).value = stem));
    const correct = column(sheet, 'Đáp án đúng');
    const date = column(sheet, 'Ngày ban hành');
    const good = { correct: sheet.getCell(2, correct).value, date: sheet.getCell(3, date).value };
    sheet.getCell(2, correct).value = 'F';
    sheet.getCell(3, date).value = '31/02/2018';
    const dir = mkdtempSync(join(tmpdir(), 'rq-e2e-import-'));
    const broken = join(dir, 'cau-hoi-can-sua.xlsx');
    writeFileSync(broken, Buffer.from(await book.xlsx.writeBuffer()));
    sheet.getCell(2, correct).value = good.correct;
    sheet.getCell(3, date).value = good.date;
    const fixed = join(dir, 'cau-hoi-da-sua.xlsx');
    writeFileSync(fixed, Buffer.from(await book.xlsx.writeBuffer()));

    await signIn(page, 'organizer@demo.local');
    await page.goto('/organizer/questions/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Nhập câu hỏi từ tệp' })).toBeVisible();
    await expectAccessible(page, 'import wizard');
    await page.getByRole('radio', { name: 'Chờ duyệt' }).check();
    await page.getByLabel('Tệp câu hỏi').setInputFiles(broken);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();

    const problems = page.getByRole('table', { name: /Lỗi cần sửa/ });
    await expect(problems).toBeVisible();
    await expect(problems.getByRole('row')).toHaveCount(3); // header + two problems
    await expect(problems.getByRole('row').nth(1)).toContainText('2');
    await expect(problems.getByRole('row').nth(1)).toContainText('Đáp án đúng');
    await expect(problems.getByRole('row').nth(2)).toContainText('3');
    await expect(problems.getByRole('row').nth(2)).toContainText('Ngày ban hành');
    await expectAccessible(page, 'import problems');

    await page.getByLabel('Tệp đã sửa').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await expect(page.getByText('Không có lỗi. Tệp sẵn sàng để nhập.')).toBeVisible();
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await expect(page.getByRole('heading', { name: 'Đã nhập xong' })).toBeVisible();
    await expect(page.getByText(/Đã nhập 3 câu hỏi/)).toBeVisible();

    // Vietnamese intact, waiting for review.
    const listed = await request.get(`/api/v1/questions?status=in_review&q=${encodeURIComponent('e2e')}`, { headers: { authorization: `Bearer ${organizer.accessToken}` } });
    expect(((await listed.json()) as { items: { stem: string }[] }).items.map((q) => q.stem).sort()).toEqual([...stems].sort());

    // The author cannot approve their own questions; another member of the committee can.
    await page.goto('/organizer/questions/review');
    await expect(page.getByText('Do bạn soạn — cần người khác duyệt').first()).toBeVisible();
    await signOut(page);
    await signIn(page, 'admin@demo.local');
    await page.goto('/organizer/questions/review');
    await expect(page.getByRole('heading', { level: 1, name: 'Hàng chờ duyệt' })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(stems[0].slice(0, 30).replace(/[()?]/g, '.')) }).click();
    await expectAccessible(page, 'review queue');
    await page.getByRole('button', { name: 'Duyệt', exact: true }).first().click();
    await expect(page.getByText(/Đã duyệt/).first()).toBeVisible();

    const approved = await request.get(`/api/v1/questions?status=approved&q=${encodeURIComponent('1572/KH-UBND năm 2018 giao')}`, { headers: { authorization: `Bearer ${organizer.accessToken}` } });
    const body = (await approved.json()) as { items: { stem: string; reviewer: { fullName: string } | null }[] };
    expect(body.items.map((q) => q.stem)).toEqual([stems[0]]);
  });

  test('the demo bank is there to browse: filter by area and see a question’s legal source', async ({ page }) => {
    await signIn(page, 'organizer@demo.local');
    await page.goto('/organizer/questions');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('combobox', { name: /^Lĩnh vực/ }).selectOption('procedures');
    await expect(page).toHaveURL(/topic=procedures/);
    await expectAccessible(page, 'question list');
    await page.getByRole('link', { name: /Kế hoạch 1572|Nghị định|Quyết định|Theo/ }).first().click();
    await expect(page.getByRole('heading', { name: 'Căn cứ pháp lý' })).toBeVisible();
    await expectAccessible(page, 'question detail');
  });
});
