import type { Attempt, Category, Contest, ContestSummary, Role, Round } from '@reform-quiz/contracts';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { TokensService } from '../../src/modules/auth/tokens.service';
import { DEMO_CONTEST } from '../../src/modules/demo/demo-contest';
import { QuestionOptionEntity } from '../../src/modules/questions/question-option.entity';
import { QuestionEntity } from '../../src/modules/questions/question.entity';
import { SessionEntity } from '../../src/modules/users/session.entity';
import { UserEntity } from '../../src/modules/users/user.entity';
import { userSearchText } from '../../src/modules/users/users.repository';
import type { TestApp } from './test-app';

export interface DemoRounds {
  contest: Contest;
  weekly: Round;
  practice: Round;
  live: Round;
}

/** The seeded demo contest and its three rounds. */
export async function demoContest(t: TestApp): Promise<DemoRounds> {
  const list = await t.request<ContestSummary[]>({ method: 'GET', url: '/api/v1/contests' });
  const summary = list.body.find((c) => c.title === DEMO_CONTEST.title);
  if (!summary) throw new Error('demo contest missing');
  const contest = (await t.request<Contest>({ method: 'GET', url: `/api/v1/contests/${summary.id}` })).body;
  const find = (pred: (r: Round) => boolean) => {
    const round = contest.rounds.find(pred);
    if (!round) throw new Error('demo round missing');
    return round;
  };
  return { contest, weekly: find((r) => !r.practice && r.mode === 'self_paced'), practice: find((r) => r.practice), live: find((r) => r.mode === 'live') };
}

export interface Entrant {
  id: string;
  sessionId: string;
  token: string;
  fullName: string;
  role: Role;
}

/** A fresh access token for an entrant's session, by the (possibly moved) test clock. */
export function freshToken(t: TestApp, entrant: Entrant): string {
  return t.app.get(TokensService).issueAccessToken({ sub: entrant.id, sid: entrant.sessionId, role: entrant.role }).token;
}

let made = 0;

/**
 * Participants created straight in the database with a session and a signed
 * token — for tests that need many entrants fast. Login itself is tested elsewhere.
 */
export function makeEntrants(t: TestApp, count: number, category: 'civil_servant' | 'citizen' = 'citizen', unitId?: number): Promise<Entrant[]> {
  return makeUsers(t, count, { role: 'participant', category, unitId });
}

/** Committee or jury accounts, made the same way; their tokens too stay valid as the test clock moves (see `freshToken`). */
export function makeStaff(t: TestApp, role: 'organizer' | 'judge' | 'admin', count: number): Promise<Entrant[]> {
  return makeUsers(t, count, { role, category: null });
}

async function makeUsers(t: TestApp, count: number, as: { role: Role; category: Category | null; unitId?: number }): Promise<Entrant[]> {
  const template = await t.dataSource.getRepository(UserEntity).findOneByOrFail({ email: 'entrant1@demo.local' });
  const tokens = t.app.get(TokensService);
  const now = t.clock.now();
  const entrants: Entrant[] = [];
  const users: UserEntity[] = [];
  const sessions: SessionEntity[] = [];
  for (let i = 0; i < count; i++) {
    made += 1;
    const id = randomUUID();
    const fullName = as.role === 'participant' ? `Thí Sinh Số ${made}` : `Giám Khảo Số ${made}`;
    const user = Object.assign(new UserEntity(), { ...template, id, role: as.role, fullName, phone: null, email: `e${made}-${id.slice(0, 8)}@test.local`, nationalId: null, category: as.category, unitId: as.unitId ?? template.unitId, createdAt: now, updatedAt: now });
    user.searchText = userSearchText(user);
    users.push(user);
    const session = Object.assign(new SessionEntity(), { id: randomUUID(), userId: id, tokenHash: randomUUID().replace(/-/g, '').padEnd(64, '0'), previousTokenHash: null, rotatedAt: null, createdAt: now, expiresAt: now + 90 * 86_400_000, revokedAt: null, revokeReason: null, ip: null, userAgent: null });
    sessions.push(session);
    entrants.push({ id, sessionId: session.id, fullName, role: as.role, token: tokens.issueAccessToken({ sub: id, sid: session.id, role: as.role }).token });
  }
  for (let i = 0; i < users.length; i += 100) {
    await t.dataSource.getRepository(UserEntity).insert(users.slice(i, i + 100));
    await t.dataSource.getRepository(SessionEntity).insert(sessions.slice(i, i + 100));
  }
  return entrants;
}

/** The answer key of an attempt's questions, read from the database as only the server can. */
export async function keyOf(t: TestApp, attempt: Attempt): Promise<Map<string, { optionIds: string[]; text: string | null }>> {
  const ids = attempt.questions.map((q) => q.id);
  const [questions, options] = await Promise.all([
    t.dataSource.getRepository(QuestionEntity).findBy({ id: In(ids) }),
    t.dataSource.getRepository(QuestionOptionEntity).findBy({ questionId: In(ids), isCorrect: true }),
  ]);
  return new Map(questions.map((q) => [q.id, { optionIds: options.filter((o) => o.questionId === q.id).map((o) => o.id), text: q.acceptedAnswers?.[0] ?? null }]));
}

/** The right answer body for a question, or a wrong one. */
export function answerBody(attempt: Attempt, key: Awaited<ReturnType<typeof keyOf>>, questionId: string, right: boolean, clientSeq = 1) {
  const q = attempt.questions.find((x) => x.id === questionId);
  const k = key.get(questionId);
  if (!q || !k) throw new Error('unknown question');
  if (q.type === 'short_text' || q.type === 'essay') return { text: right ? (k.text ?? '') : 'sai', clientSeq };
  const wrong = q.options.find((o) => !k.optionIds.includes(o.id));
  return { optionIds: right ? k.optionIds : wrong ? [wrong.id] : [], clientSeq };
}
