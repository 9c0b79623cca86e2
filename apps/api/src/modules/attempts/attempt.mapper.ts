import type { Attempt, AttemptQuestion, AttemptResult, QuestionReview, SavedAnswer } from '@reform-quiz/contracts';
import { timeLeftMs } from '@reform-quiz/domain';
import type { RoundEntity } from '../contests/round.entity';
import type { QuestionEntity } from '../questions/question.entity';
import type { AnswerEntity } from './answer.entity';
import type { AttemptQuestionEntity } from './attempt-question.entity';
import type { AttemptEntity } from './attempt.entity';
import type { StoredScore } from './attempt-scorer.service';

const iso = (ms: number) => new Date(ms).toISOString();

type Drawn = AttemptQuestionEntity & { question: QuestionEntity };

/** Only what an entrant may see while the round is open: text and options in their order, never correctness. */
function toAttemptQuestion(d: Drawn): AttemptQuestion {
  const options = new Map((d.question.options ?? []).map((o) => [o.id, o]));
  const ordered = d.optionOrder.map((id) => options.get(id)).filter((o): o is NonNullable<typeof o> => o !== undefined);
  return {
    id: d.question.id,
    type: d.question.type,
    stem: d.question.stem,
    points: d.question.points,
    options: ordered.map((o) => ({ id: o.id, text: o.text })),
    maxChoices: d.question.type === 'multiple_choice' ? ordered.length : ordered.length > 0 ? 1 : 0,
  };
}

export function toAttemptResult(a: AttemptEntity): AttemptResult | null {
  if (a.status === 'in_progress' || a.scoreCenti === null) return null;
  return { score: a.scoreCenti / 100, maxScore: a.maxScore, correctCount: a.correctCount ?? 0, questionCount: a.questionCount, durationMs: a.durationMs ?? 0 };
}

function toSavedAnswer(a: AnswerEntity): SavedAnswer {
  return { questionId: a.questionId, optionIds: a.optionIds, text: a.text, clientSeq: a.clientSeq, savedAt: iso(a.savedAt) };
}

/** After the round closes: the key that applied, the explanation and the legal source, with how each answer fared. */
function toReview(drawn: Drawn[], scored: StoredScore): QuestionReview[] {
  const byQuestion = new Map(scored.perQuestion.map((p) => [p.questionId, p]));
  return drawn.map((d) => {
    const q = d.question;
    const s = byQuestion.get(q.id);
    return {
      questionId: q.id,
      correctOptionIds: s?.correctOptionIds ?? [],
      acceptedAnswers: s?.acceptedAnswers ?? [],
      correct: s?.correct ?? null,
      pointsAwarded: s ? Math.round(s.points * 100) / 100 : null,
      explanation: q.explanation,
      source: q.sourceDocument ? { document: q.sourceDocument, article: q.sourceArticle, date: q.sourceDate } : null,
    };
  });
}

/** `scored` is given once the round has closed and the attempt is finished: only then does the review appear. */
export function toAttempt(a: AttemptEntity, round: RoundEntity, drawn: Drawn[], answers: AnswerEntity[], now: number, scored: StoredScore | null): Attempt {
  return {
    id: a.id,
    roundId: a.roundId,
    contestId: round.contestId,
    number: a.number,
    status: a.status,
    startedAt: iso(a.startedAt),
    deadlineAt: iso(a.deadlineAt),
    serverNow: iso(now),
    timeLeftMs: a.status === 'in_progress' ? timeLeftMs(now, a.deadlineAt) : 0,
    submittedAt: a.submittedAt === null ? null : iso(a.submittedAt),
    questions: drawn.map(toAttemptQuestion),
    answers: answers.map(toSavedAnswer),
    predictionPrompt: round.practice ? null : round.predictionPrompt,
    prediction: a.prediction,
    result: toAttemptResult(a),
    // No key leaves the server before the round closes (product rule 3) — practice rounds included, since they share the bank.
    review: scored ? toReview(drawn, scored) : null,
    practice: round.practice,
  };
}
