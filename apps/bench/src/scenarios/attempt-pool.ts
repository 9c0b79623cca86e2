import type { AnswerRequest, Attempt } from '@reform-quiz/contracts';
import { apiCall, mapLimit } from '../http/api-call';
import type { NextRequest } from '../http/load';
import { seedEntrants } from '../seed/entrants';
import type { Stack } from '../stack/stack';

export interface OpenAttempt {
  id: string;
  token: string;
  /** Each question with an answer to give it (its first option, or a short text). */
  answers: { questionId: string; body: Omit<AnswerRequest, 'clientSeq'> }[];
}

/** Seeds `count` entrants and starts an attempt on the weekly round for each, through the API as an entrant's phone does. */
export async function openAttempts(stack: Stack, count: number): Promise<OpenAttempt[]> {
  const entrants = await seedEntrants(stack.db, stack.secret, count, true);
  return mapLimit(entrants, 16, async ({ token }) => {
    if (!token) throw new Error('entrant seeded without a session');
    const attempt = await apiCall<Attempt>(stack.api.url, 'POST', `/rounds/${stack.demo.weekly.id}/attempts`, { token });
    const answers = attempt.questions.map((q) => ({ questionId: q.id, body: q.options.length > 0 ? { optionIds: [q.options[0].id] } : { text: 'Một cửa' } }));
    return { id: attempt.id, token, answers };
  });
}

let clientSeq = 0;

/**
 * Answer saves spread over every question of every given attempt, round
 * robin; the client sequence keeps growing, so each save really changes the
 * stored answer (a replay would be acknowledged without a write).
 */
export function answerSaves(attempts: OpenAttempt[]): () => NextRequest {
  // Question by question across attempts, so that consecutive saves go to different entrants.
  const longest = Math.max(0, ...attempts.map((a) => a.answers.length));
  const targets = Array.from({ length: longest }, (_, q) => attempts.filter((a) => q < a.answers.length).map((a) => ({ attempt: a, answer: a.answers[q] }))).flat();
  let i = 0;
  return () => {
    const { attempt, answer } = targets[i++ % targets.length];
    return { method: 'PUT', path: `/attempts/${attempt.id}/answers/${answer.questionId}`, token: attempt.token, body: { ...answer.body, clientSeq: ++clientSeq } };
  };
}
