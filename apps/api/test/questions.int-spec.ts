import type { ErrorBody, Page, Question, QuestionBank, QuestionCounts, QuestionInput, SessionResponse } from '@reform-quiz/contracts';
import { QuestionEntity } from '../src/modules/questions/question.entity';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

const sound: QuestionInput = {
  type: 'single_choice',
  stem: 'Theo Nghị định 61/2018/NĐ-CP, cơ chế một cửa áp dụng trong giải quyết việc gì?',
  options: [
    { text: 'Giải quyết thủ tục hành chính', isCorrect: true },
    { text: 'Tuyển dụng công chức', isCorrect: false },
    { text: 'Lập dự toán ngân sách', isCorrect: false },
  ],
  points: 1,
  topic: 'procedures',
  difficulty: 'easy',
  explanation: 'Nghị định 61/2018/NĐ-CP quy định cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.',
  source: { document: 'Nghị định 61/2018/NĐ-CP', article: null, date: '2018-04-23' },
  tags: ['một cửa'],
};

describe.each(testDrivers())('question bank on %s', (driver) => {
  let t: TestApp;
  let organizer: SessionResponse;
  let admin: SessionResponse;
  let judge: SessionResponse;
  let entrant: SessionResponse;
  let bankId: number;

  beforeAll(async () => {
    t = await startTestApp(driver);
    [organizer, admin, judge, entrant] = await Promise.all(['organizer@demo.local', 'admin@demo.local', 'judge@demo.local', 'entrant1@demo.local'].map((l) => t.login(l)));
    const bank = await t.request<QuestionBank>({ method: 'POST', url: '/api/v1/question-banks', token: organizer.accessToken, body: { name: `Ngân hàng thử ${driver}` } });
    bankId = bank.body.id;
  });
  afterAll(() => t.close());

  const create = (input: Partial<QuestionInput> = {}, token = organizer.accessToken) =>
    t.request<Question & ErrorBody>({ method: 'POST', url: '/api/v1/questions', token, body: { bankId, ...sound, stem: `${sound.stem} (${Math.random()})`, ...input } });
  const act = (id: string, action: string, body: object = {}, token = organizer.accessToken) =>
    t.request<Question & ErrorBody>({ method: 'POST', url: `/api/v1/questions/${id}/${action}`, token, body });

  it('takes a question from draft through review to approved, each step audited', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, author: { id: organizer.user.id }, source: sound.source });
    const id = created.body.id;

    expect((await act(id, 'submit')).body.status).toBe('in_review');
    const own = await act(id, 'review', { decision: 'approve' });
    expect([own.status, own.body.error.code]).toEqual([403, 'QUESTION_SELF_REVIEW']);

    const approved = await act(id, 'review', { decision: 'approve' }, admin.accessToken);
    expect(approved.body).toMatchObject({ status: 'approved', reviewer: { id: admin.user.id } });

    const again = await act(id, 'review', { decision: 'approve' }, admin.accessToken);
    expect([again.status, again.body.error.code]).toEqual([409, 'QUESTION_STATUS_CONFLICT']);

    const audit = await t.request<Page<{ action: string }>>({ method: 'GET', url: `/api/v1/admin/audit?entityType=question&entityId=${id}`, token: admin.accessToken });
    expect(audit.body.items.map((e) => e.action)).toEqual(['question.approve', 'question.submit', 'question.create']);
  });

  it('sends a question back with a comment, and needs the comment', async () => {
    const { body } = await create();
    await act(body.id, 'submit');
    const bare = await act(body.id, 'review', { decision: 'send_back' }, admin.accessToken);
    expect(bare.status).toBe(400);
    expect(bare.body.error.details?.[0]?.field).toBe('comment');
    const back = await act(body.id, 'review', { decision: 'send_back', comment: 'Ghi rõ điều khoản.' }, admin.accessToken);
    expect(back.body).toMatchObject({ status: 'draft', reviewComment: 'Ghi rõ điều khoản.' });
  });

  it('will not submit a question without its legal source', async () => {
    const { body } = await create({ source: null });
    const res = await act(body.id, 'submit');
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'source.document', code: 'SOURCE_REQUIRED' })]);
  });

  it.each<[string, Partial<QuestionInput>, string, string]>([
    ['two correct in single choice', { options: [{ text: 'A', isCorrect: true }, { text: 'B', isCorrect: true }] }, 'options', 'CORRECT_COUNT'],
    ['true/false with other words', { type: 'true_false', options: [{ text: 'Có', isCorrect: true }, { text: 'Không', isCorrect: false }] }, 'options', 'TRUE_FALSE_OPTIONS'],
    ['short text without answers', { type: 'short_text', options: [], acceptedAnswers: [] }, 'acceptedAnswers', 'ACCEPTED_ANSWERS_REQUIRED'],
    ['zero points', { points: 0 }, 'points', 'POINTS_RANGE'],
    ['a stem that is only markup', { stem: '<b> </b><script>alert(1)</script>' }, 'stem', 'REQUIRED'],
  ])('refuses %s (%s: %s) and saves nothing', async (_, input, field, code) => {
    const before = await t.dataSource.getRepository(QuestionEntity).count();
    const res = await create(input);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(await t.dataSource.getRepository(QuestionEntity).count()).toBe(before);
  });

  it('strips markup but keeps the words, in NFC', async () => {
    const res = await create({ stem: 'Câu <b>hỏi</b> <img src=x onerror=alert(1)>về <script>x</script>một cửa? a < b & c'.normalize('NFD') });
    expect(res.body.stem).toBe('Câu hỏi về một cửa? a < b & c');
  });

  it('flags a new question whose normalised stem matches an existing one', async () => {
    const first = await create({ stem: 'Cơ quan nào chủ trì tổ chức cuộc thi tìm hiểu CCHC năm 2018?' });
    const second = await create({ stem: '  CƠ QUAN nào chủ trì tổ chức cuộc thi tìm hiểu CCHC năm 2018 ' });
    expect(second.body.duplicateOf).toEqual([first.body.id]);
  });

  it('edits an unused question in place and sends it back to draft', async () => {
    const { body } = await create();
    await act(body.id, 'submit');
    await act(body.id, 'review', { decision: 'approve' }, admin.accessToken);
    const edited = await t.request<Question>({ method: 'PUT', url: `/api/v1/questions/${body.id}`, token: organizer.accessToken, body: { ...sound, stem: 'Một câu đã sửa?', difficulty: 'hard' } });
    expect(edited.body).toMatchObject({ id: body.id, version: 1, status: 'draft', stem: 'Một câu đã sửa?', difficulty: 'hard', reviewer: null });
  });

  it('never changes a question an attempt has used: an edit makes a new version', async () => {
    const { body } = await create();
    await t.dataSource.getRepository(QuestionEntity).update({ id: body.id }, { usedAt: Date.now() });

    const edited = await t.request<Question>({ method: 'PUT', url: `/api/v1/questions/${body.id}`, token: organizer.accessToken, body: { ...sound, stem: 'Phiên bản hai?' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: 2, previousVersionId: body.id, rootId: body.id, status: 'draft', isLatest: true, stem: 'Phiên bản hai?' });
    expect(edited.body.id).not.toBe(body.id);

    const old = await t.request<Question>({ method: 'GET', url: `/api/v1/questions/${body.id}`, token: organizer.accessToken });
    expect(old.body).toMatchObject({ stem: body.stem, isLatest: false, status: 'retired', used: true });
    expect(old.body.options.map((o) => o.text)).toEqual(body.options.map((o) => o.text));

    const versions = await t.request<Question[]>({ method: 'GET', url: `/api/v1/questions/${body.id}/versions`, token: organizer.accessToken });
    expect(versions.body.map((v) => v.version)).toEqual([2, 1]);
    const stale = await t.request<ErrorBody>({ method: 'PUT', url: `/api/v1/questions/${body.id}`, token: organizer.accessToken, body: sound });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'QUESTION_NOT_LATEST']);
  });

  it('searches accent-insensitively and filters by topic, status, tag and source; counts approved cells', async () => {
    const made = await create({ stem: 'Dịch vụ công trực tuyến mức độ 4 cho phép làm gì?', topic: 'e_government', difficulty: 'medium', tags: ['Dịch vụ công'], source: { document: 'Nghị định 43/2011/NĐ-CP', date: '2011-06-13' } });
    const list = (query: string) => t.request<Page<Question>>({ method: 'GET', url: `/api/v1/questions?bankId=${bankId}&${query}`, token: organizer.accessToken });
    expect((await list('q=dich%20vu%20cong%20truc%20tuyen')).body.items.map((q) => q.id)).toEqual([made.body.id]);
    expect((await list('topic=e_government')).body.items.map((q) => q.id)).toEqual([made.body.id]);
    expect((await list('tag=dich%20vu%20cong')).body.items.map((q) => q.id)).toEqual([made.body.id]);
    expect((await list('source=nghi%20dinh%2043')).body.items.map((q) => q.id)).toEqual([made.body.id]);
    expect((await list('status=approved')).body.items.every((q) => q.status === 'approved')).toBe(true);

    await act(made.body.id, 'submit');
    await act(made.body.id, 'review', { decision: 'approve' }, admin.accessToken);
    const counts = await t.request<QuestionCounts>({ method: 'GET', url: `/api/v1/questions/counts?bankId=${bankId}`, token: judge.accessToken });
    expect(counts.body.cells).toContainEqual({ topic: 'e_government', difficulty: 'medium', count: 1 });
    expect(counts.body.total).toBe(counts.body.cells.reduce((s, c) => s + c.count, 0));
  });

  it('never shows the key to judges, and keeps entrants out of the bank', async () => {
    const { body } = await create({ type: 'short_text', options: [], acceptedAnswers: ['Bộ phận tiếp nhận và trả kết quả'], accentInsensitive: true });
    for (const url of [`/api/v1/questions?bankId=${bankId}`, `/api/v1/questions/${body.id}`, `/api/v1/questions/${body.id}/versions`]) {
      const res = await t.request({ method: 'GET', url, token: judge.accessToken });
      expect(res.status).toBe(200);
      expect(res.raw).not.toMatch(/isCorrect|acceptedAnswers|Bộ phận tiếp nhận/);
      expect((await t.request({ method: 'GET', url, token: entrant.accessToken })).status).toBe(403);
    }
    const organizerView = await t.request({ method: 'GET', url: `/api/v1/questions/${body.id}`, token: organizer.accessToken });
    expect(organizerView.raw).toContain('acceptedAnswers');
    expect((await t.request({ method: 'POST', url: '/api/v1/questions', token: judge.accessToken, body: { bankId, ...sound } })).status).toBe(403);
  });
});
