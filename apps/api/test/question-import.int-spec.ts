import type { ErrorBody, ImportReport, Page, Question, QuestionBank, SessionResponse } from '@reform-quiz/contracts';
import { AuditEntryEntity } from '../src/modules/audit/audit-entry.entity';
import { DEMO_BANK_NAME } from '../src/modules/demo/demo-seeder.service';
import { QuestionEntity } from '../src/modules/questions/question.entity';
import { multipartFile } from './support/multipart';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

const HEADER = 'Loại câu hỏi,Chủ đề,Mức độ,Điểm,Câu hỏi,Phương án A,Phương án B,Phương án C,Phương án D,Đáp án đúng,Giải thích,Văn bản nguồn,Ngày ban hành,Thẻ';
const row = (stem: string, correct = 'A', date = '2018-04-23') =>
  `Một đáp án,Cải cách thủ tục hành chính,Dễ,1,"${stem}",Nghị định 61/2018/NĐ-CP,Nghị định 63/2010/NĐ-CP,Quyết định 93/2007/QĐ-TTg,Quyết định 09/2015/QĐ-TTg,${correct},Giải thích.,Nghị định 61/2018/NĐ-CP,${date},một cửa`;
const csv = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;

describe.each(testDrivers())('question import and export on %s', (driver) => {
  let t: TestApp;
  let organizer: SessionResponse;
  let bankId: number;

  beforeAll(async () => {
    t = await startTestApp(driver);
    organizer = await t.login('organizer@demo.local');
    bankId = (await t.request<QuestionBank>({ method: 'POST', url: '/api/v1/question-banks', token: organizer.accessToken, body: { name: 'Nhập thử' } })).body.id;
  });
  afterAll(() => t.close());

  const upload = (fileName: string, data: Buffer | string, query: string) => {
    const { body, headers } = multipartFile(fileName, data);
    return t.request<ImportReport & ErrorBody>({ method: 'POST', url: `/api/v1/questions/import?bankId=${bankId}&${query}`, token: organizer.accessToken, body, headers });
  };
  const snapshot = async () => [await t.dataSource.getRepository(QuestionEntity).count(), await t.dataSource.getRepository(AuditEntryEntity).count()];

  it('seeds the demo bank: at least 60 approved questions across the six areas, each with its legal source', async () => {
    const banks = await t.request<QuestionBank[]>({ method: 'GET', url: '/api/v1/question-banks', token: organizer.accessToken });
    const demo = banks.body.find((b) => b.name === DEMO_BANK_NAME);
    expect(demo?.questionCount).toBeGreaterThanOrEqual(60);
    const page = await t.request<Page<Question>>({ method: 'GET', url: `/api/v1/questions?bankId=${demo?.id}&status=approved&pageSize=100`, token: organizer.accessToken });
    expect(page.body.total).toBeGreaterThanOrEqual(60);
    expect(page.body.items.every((q) => q.source?.document)).toBe(true);
    expect(new Set(page.body.items.map((q) => q.topic))).toEqual(new Set(['institutional', 'procedures', 'organization', 'civil_service', 'public_finance', 'e_government', 'general']));
  });

  it('dry-runs a file with two broken rows: both reported by row and column in Vietnamese, nothing written', async () => {
    const before = await snapshot();
    const res = await upload('cau-hoi.csv', csv(row('Câu một?'), row('Câu hai?', 'E'), row('Câu ba?', 'A', '31/02/2018'), row('Câu bốn?')), 'dryRun=true');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'csv', dryRun: true, total: 4, byTopic: { procedures: 4 }, byType: { single_choice: 4 } });
    expect(res.body.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'Đáp án đúng', 'CORRECT_UNKNOWN_OPTION'],
      [4, 'Ngày ban hành', 'DATE_INVALID'],
    ]);
    expect(res.body.problems.every((p) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(p.message))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to commit a file with problems (422) and writes nothing', async () => {
    const before = await snapshot();
    const res = await upload('cau-hoi.csv', csv(row('Câu năm?'), row('Câu sáu?', 'E')), 'dryRun=false');
    expect([res.status, res.body.error.code]).toEqual([422, 'IMPORT_REJECTED']);
    expect(res.body.error.problems?.map((p) => p.row)).toEqual([3]);
    expect(await snapshot()).toEqual(before);
  });

  it('commits a clean file in one go, as drafts or straight into review', async () => {
    const drafts = await upload('cau-hoi.csv', csv(row('Câu bảy?'), row('Câu tám?')), 'dryRun=false');
    expect(drafts.body).toMatchObject({ dryRun: false, imported: 2, status: 'draft', problems: [] });
    const review = await upload('cau-hoi.csv', csv(row('Câu chín?')), 'dryRun=false&status=in_review');
    expect(review.body).toMatchObject({ imported: 1, status: 'in_review' });
    const listed = await t.request<Page<Question>>({ method: 'GET', url: `/api/v1/questions?bankId=${bankId}&q=cau%20chin`, token: organizer.accessToken });
    expect(listed.body.items[0]).toMatchObject({ status: 'in_review', author: { id: organizer.user.id }, source: { document: 'Nghị định 61/2018/NĐ-CP', date: '2018-04-23' } });
  });

  it('reports rows that repeat questions already in the bank', async () => {
    const res = await upload('lai.csv', csv(row('Câu bảy?')), 'dryRun=true');
    expect(res.body.duplicates).toEqual([{ row: 2, existingId: expect.any(String) }]);
  });

  it('rolls back everything when the database fails part-way through a commit', async () => {
    // A trigger makes the third insert fail inside the transaction, after two succeeded.
    if (driver === 'sqlite') {
      await t.dataSource.query(`CREATE TRIGGER boom BEFORE INSERT ON questions WHEN NEW.stem LIKE '%BOOM%' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    } else {
      await t.dataSource.query(`CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN IF NEW.stem LIKE '%BOOM%' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await t.dataSource.query(`CREATE TRIGGER boom BEFORE INSERT ON questions FOR EACH ROW EXECUTE FUNCTION boom()`);
    }
    const before = await snapshot();
    const res = await upload('cau-hoi.csv', csv(row('Câu mười?'), row('Câu mười một?'), row('Câu BOOM?'), row('Câu mười ba?')), 'dryRun=false');
    expect(res.status).toBe(500);
    expect(await snapshot()).toEqual(before);
    await t.dataSource.query(driver === 'sqlite' ? 'DROP TRIGGER boom' : 'DROP TRIGGER boom ON questions');
  });

  it('gives clear errors for files it cannot take', async () => {
    const tooBig = await upload('big.csv', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), 'dryRun=true');
    expect([tooBig.status, tooBig.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const junk = await upload('junk.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13, 0x37]), 'dryRun=true');
    expect(junk.status).toBe(200);
    expect(junk.body.problems.map((p) => p.code)).toEqual(['INVALID_FILE']);
    const notMultipart = await t.request<ErrorBody>({ method: 'POST', url: `/api/v1/questions/import?bankId=${bankId}`, token: organizer.accessToken, body: { file: 'x' } });
    expect([notMultipart.status, notMultipart.body.error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const wrongField = multipartFile('a.csv', csv(row('x?')), 'document');
    const noFile = await t.request<ErrorBody>({ method: 'POST', url: `/api/v1/questions/import?bankId=${bankId}`, token: organizer.accessToken, body: wrongField.body, headers: wrongField.headers });
    expect([noFile.status, noFile.body.error.code]).toEqual([400, 'FILE_REQUIRED']);
  });

  it('serves a template that imports cleanly, and exports that import back unchanged', async () => {
    const template = await t.app.inject({ method: 'GET', url: '/api/v1/questions/import/template', headers: { authorization: `Bearer ${organizer.accessToken}` } });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toContain('.xlsx');
    expect(template.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const fromTemplate = await upload('mau.xlsx', template.rawPayload, 'dryRun=true');
    expect(fromTemplate.body.problems).toEqual([]);
    expect(fromTemplate.body.total).toBeGreaterThanOrEqual(3);

    for (const format of ['xlsx', 'gift'] as const) {
      const exported = await t.app.inject({ method: 'GET', url: `/api/v1/questions/export?format=${format}&bankId=${bankId}`, headers: { authorization: `Bearer ${organizer.accessToken}` } });
      expect(exported.statusCode).toBe(200);
      const back = await upload(format === 'xlsx' ? 'xuat.xlsx' : 'xuat.gift', exported.rawPayload, 'dryRun=true');
      const current = await t.request<Page<Question>>({ method: 'GET', url: `/api/v1/questions?bankId=${bankId}&pageSize=100`, token: organizer.accessToken });
      expect({ format, problems: back.body.problems, total: back.body.total }).toEqual({ format, problems: [], total: current.body.total });
      expect(back.body.duplicates).toHaveLength(current.body.total);
    }
  });
});
