import type { CertificateSummary, CertificateVerification, Contest, ContestSummary, ErrorBody, Leaderboard, PublishedResults, ResultSnapshot } from '@reform-quiz/contracts';
import { pageText, readPdf } from './support/pdf-reader';
import { startTestApp, testDrivers, TestApp } from './support/test-app';

/**
 * What a new user finds after `npm start`: the demo's kick-off round has
 * closed with the demo entrants' attempts, and the organizer and the judge
 * take it to a published ranking with certificates (issue 6's acceptance).
 */
describe.each(testDrivers())('the demo data on %s', (driver) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(driver);
    for (const login of ['organizer@demo.local', 'judge@demo.local', 'entrant1@demo.local']) tokens[login] = (await t.login(login)).accessToken;
  });
  afterAll(() => t.close());

  const as = <T>(login: string | null, method: 'GET' | 'POST', url: string, body?: object) => t.request<T & ErrorBody>({ method, url, token: login ? tokens[login] : undefined, body });

  it('has a closed round, ranked, that the jury approves and the organizer publishes, with a certificate that verifies', async () => {
    const [summary] = (await as<ContestSummary[]>(null, 'GET', '/api/v1/contests')).body;
    const contest = (await as<Contest>(null, 'GET', `/api/v1/contests/${summary.id}`)).body;
    const kickOff = contest.rounds.find((r) => r.phase === 'closed');
    expect(kickOff).toMatchObject({ title: 'Đợt khởi động', mode: 'self_paced' });
    const roundId = kickOff?.id ?? 0;

    const board = (await as<Leaderboard>(null, 'GET', `/api/v1/rounds/${roundId}/leaderboard?limit=100`)).body;
    expect(board.entries).toHaveLength(45);
    expect(board.entries[0]).toMatchObject({ rank: 1, name: 'Nguyễn Văn An', score: 10 });

    const snapshot = await as<ResultSnapshot>('organizer@demo.local', 'POST', '/api/v1/result-snapshots', { contestId: contest.id, roundId });
    expect(snapshot.status).toBe(201);
    expect(snapshot.body.status).toBe('pending');
    const civilServants = snapshot.body.blocks.find((b) => b.category === 'civil_servant')?.entries ?? [];
    expect(civilServants[0]).toMatchObject({ name: 'Nguyễn Văn An', prize: 'first' });
    expect(civilServants.filter((e) => e.prize !== null)).toHaveLength(16);

    expect((await as<ResultSnapshot>('organizer@demo.local', 'POST', `/api/v1/result-snapshots/${snapshot.body.id}/publish`)).body.error.code).toBe('SNAPSHOT_STATUS_CONFLICT');
    expect((await as<ResultSnapshot>('judge@demo.local', 'POST', `/api/v1/result-snapshots/${snapshot.body.id}/approve`, {})).body.status).toBe('approved');
    expect((await as<ResultSnapshot>('organizer@demo.local', 'POST', `/api/v1/result-snapshots/${snapshot.body.id}/publish`)).body.status).toBe('published');

    const published = (await as<PublishedResults>(null, 'GET', `/api/v1/rounds/${roundId}/results`)).body;
    expect(published.blocks.map((b) => b.category)).toEqual(['civil_servant', 'citizen']);

    const [certificate] = (await as<CertificateSummary[]>('entrant1@demo.local', 'GET', '/api/v1/me/certificates')).body;
    expect(certificate).toMatchObject({ kind: 'prize', prize: 'first', roundTitle: 'Đợt khởi động', revoked: false });
    expect((await as<CertificateVerification>(null, 'GET', `/api/v1/certificates/${certificate.code}`)).body).toMatchObject({ valid: true, name: 'Nguyễn Văn An', prize: 'first' });
    const pdf = await as(null, 'GET', `/api/v1/certificates/${certificate.code}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pageText(await readPdf(pdf.bytes))).toContain(certificate.code);
  });
});
