import { vi } from 'vitest';
import type { ImportReport, Profile, Question, QuestionBank, Role } from '@reform-quiz/contracts';
import { sessionStore } from '../lib/api-client';
import { jsonResponse } from './render-with-providers';

export const bank: QuestionBank = { id: 1, name: 'Ngân hàng CCHC 2018', description: null, questionCount: 3 };

export function signInAs(role: Role, id = 'u-organizer', fullName = 'Lê Thị Thu'): void {
  const user = { id, role, fullName } as Profile;
  sessionStore.start({ accessToken: 'token', tokenType: 'Bearer', expiresAt: '2099-01-01T00:00:00Z', user });
}

export function aQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'q-1',
    bankId: 1,
    rootId: 'q-1',
    version: 1,
    previousVersionId: null,
    isLatest: true,
    status: 'draft',
    type: 'single_choice',
    stem: 'Cơ quan nào tham mưu **cải cách hành chính** cấp tỉnh?',
    options: [
      { id: 'o1', text: 'Sở Nội vụ', isCorrect: true },
      { id: 'o2', text: 'Sở Tư pháp', isCorrect: false },
    ],
    acceptedAnswers: [],
    accentInsensitive: false,
    points: 1,
    topic: 'organization',
    difficulty: 'easy',
    explanation: null,
    source: { document: 'Nghị định 24/2014/NĐ-CP', article: 'Điều 9', date: '2014-04-04' },
    tags: [],
    author: { id: 'u-organizer', fullName: 'Lê Thị Thu' },
    reviewer: null,
    reviewComment: null,
    used: false,
    duplicateOf: [],
    createdAt: '2018-04-01T01:00:00Z',
    updatedAt: '2018-04-01T01:00:00Z',
    ...overrides,
  };
}

export function aReport(overrides: Partial<ImportReport> = {}): ImportReport {
  return {
    format: 'xlsx',
    dryRun: true,
    total: 12,
    byTopic: { procedures: 7, e_government: 5 },
    byType: { single_choice: 10, true_false: 2 },
    problems: [],
    duplicates: [],
    ...overrides,
  };
}

type Handler = (request: { url: URL; method: string; init: RequestInit }) => Response | Promise<Response>;

/**
 * A stand-in for the API: `routes` maps "METHOD /path" (path without /api/v1
 * and without the query) to a handler; anything else is a 404 the test sees.
 */
export function fakeApi(routes: Record<string, Handler>) {
  return vi.fn(async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://localhost');
    const method = init.method ?? 'GET';
    const handler = routes[`${method} ${url.pathname.replace(/^\/api\/v1/, '')}`];
    if (!handler) return jsonResponse({ error: { code: 'ROUTE_NOT_FOUND', message: `${method} ${url.pathname}` } }, 404);
    return handler({ url, method, init });
  });
}
