import type { APIRequestContext, Page, TestInfo } from '@playwright/test';
import type { Contest, ContestInput, Question, QuestionBank, QuestionInput, Round, RoundInput } from '@reform-quiz/contracts';
import { apiLogin } from './api';

const HOUR = 3_600_000;

/** A call to the API as one account, failing loudly with the server's answer. */
export type ApiCall = <T = unknown>(method: 'GET' | 'POST' | 'PUT', url: string, data?: object) => Promise<T>;

/** Calls as the account signed in with `login`; with `deviceId`, sending it as the web app does. */
export async function apiAs(request: APIRequestContext, login: string, deviceId?: string): Promise<ApiCall> {
  const { accessToken } = await apiLogin(request, login);
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, ...(deviceId && { 'x-device-id': deviceId }) };
  return async <T>(method: 'GET' | 'POST' | 'PUT', url: string, data?: object): Promise<T> => {
    const res = await request.fetch(`/api/v1${url}`, { method, headers, data });
    if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
    return (res.status() === 204 ? undefined : await res.json()) as T;
  };
}

/** A full-page screenshot kept with the test's results (e2e/test-results), passed or failed. */
export async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** A single-choice question on one-stop procedures whose first option is the right one. */
export function singleChoice(stem: string, options: [right: string, ...wrong: string[]], source: QuestionInput['source']): QuestionInput {
  return {
    type: 'single_choice',
    stem,
    options: options.map((text, i) => ({ text, isCorrect: i === 0 })),
    points: 1,
    topic: 'procedures',
    difficulty: 'easy',
    explanation: null,
    source,
    tags: [],
  };
}

/**
 * A published contest of its own (one jury approval needed) with one
 * self-paced round open now, drawing from a bank of its own: `questions` are
 * written by the demo organizer and approved by the demo admin. Options are
 * not shuffled.
 */
export async function contestWithOpenRound(
  request: APIRequestContext,
  setup: { title: string; questions: QuestionInput[]; round: Pick<RoundInput, 'title' | 'timeLimitSeconds' | 'blueprint'> & Partial<RoundInput> },
): Promise<{ organizer: ApiCall; contest: Contest; round: Round; questions: Question[] }> {
  const organizer = await apiAs(request, 'organizer@demo.local');
  const admin = await apiAs(request, 'admin@demo.local');
  const bank = await organizer<QuestionBank>('POST', '/question-banks', { name: `Ngân hàng — ${setup.title}` });
  const questions: Question[] = [];
  for (const input of setup.questions) {
    const q = await organizer<Question>('POST', '/questions', { bankId: bank.id, ...input });
    await organizer('POST', `/questions/${q.id}/submit`);
    questions.push(await admin<Question>('POST', `/questions/${q.id}/review`, { decision: 'approve' }));
  }
  const contestInput: ContestInput = {
    title: setup.title,
    description: null,
    rules: 'Mỗi thí sinh làm một lượt.',
    categories: ['civil_servant', 'citizen'],
    tieBreaks: ['score', 'duration', 'submitted_at'],
    prizeTiers: [
      { kind: 'first', count: 1 },
      { kind: 'second', count: 1 },
    ],
    shortenNames: false,
    approvalsRequired: 1,
  };
  const created = await organizer<Contest>('POST', '/contests', contestInput);
  const now = Date.now();
  const roundInput: RoundInput = {
    mode: 'self_paced',
    bankId: bank.id,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + HOUR).toISOString(),
    questionCount: setup.round.blueprint.reduce((sum, cell) => sum + cell.count, 0),
    attemptsAllowed: 1,
    countedAttempt: 'best',
    shuffleQuestions: false,
    shuffleOptions: false,
    partialCredit: false,
    prediction: null,
    leaderboardVisibility: 'live',
    freezeMinutes: 0,
    practice: false,
    graceSeconds: 10,
    questionSeconds: 20,
    speedScoring: true,
    ...setup.round,
  };
  const round = await organizer<Round>('POST', `/contests/${created.id}/rounds`, roundInput);
  const contest = await organizer<Contest>('POST', `/contests/${created.id}/publish`);
  return { organizer, contest, round, questions };
}
