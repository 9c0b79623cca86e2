import { Injectable } from '@nestjs/common';
import { essayOutcome, scoreAnswer, type ScoringKey } from '@reform-quiz/domain';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions';
import type { RoundEntity } from '../contests/round.entity';
import { EssayGradeEntity } from '../judging/essay-grade.entity';
import { QuestionOverrideEntity } from '../judging/question-override.entity';
import type { QuestionEntity } from '../questions/question.entity';
import type { AnswerEntity } from './answer.entity';
import type { AttemptQuestionEntity } from './attempt-question.entity';

export function scoringKey(q: QuestionEntity): ScoringKey {
  return {
    type: q.type,
    points: q.points,
    correctOptionIds: (q.options ?? []).filter((o) => o.isCorrect).map((o) => o.id),
    acceptedAnswers: q.acceptedAnswers ?? [],
    accentInsensitive: q.accentInsensitive,
  };
}

export interface StoredScore {
  scoreCenti: number;
  maxScore: number;
  correctCount: number;
  perfect: boolean;
  /** Per drawn question, with the key that applied (re-keyed by the jury if so). */
  perQuestion: {
    questionId: string;
    correct: boolean | null;
    points: number;
    voided: boolean;
    correctOptionIds: string[];
    acceptedAnswers: string[];
  }[];
}

/**
 * Scores a self-paced attempt from what is stored: its answers, the keys of
 * the question versions it drew, the jury's decisions on those questions
 * (void or re-key after an appeal) and the settled essay grades. Finalising,
 * re-scoring after an appeal and the review page all go through here, so a
 * score can always be recomputed and comes out the same.
 */
@Injectable()
export class AttemptScorer {
  constructor(private readonly tx: Transactions) {}

  async score(attemptId: string, round: RoundEntity, drawn: DrawnQuestion[], answers: AnswerEntity[]): Promise<StoredScore> {
    const em = this.tx.manager();
    const ids = drawn.map((d) => d.questionId);
    const [overrides, grades] = await Promise.all([
      ids.length ? em.getRepository(QuestionOverrideEntity).findBy({ roundId: round.id, questionId: In(ids) }) : [],
      em.getRepository(EssayGradeEntity).findBy({ attemptId }),
    ]);
    return scoreStored(round, drawn, answers, new Map(overrides.map((o) => [o.questionId, o])), grades);
  }
}

type DrawnQuestion = AttemptQuestionEntity & { question: QuestionEntity };

/**
 * The score of one attempt from what was loaded: its drawn questions, its
 * answers, the round's overrides by question and the attempt's essay grades.
 * For reports that load many attempts at once.
 */
export function scoreStored(
  round: Pick<RoundEntity, 'partialCredit' | 'essayJudges' | 'essayMarginCenti'>,
  drawn: DrawnQuestion[],
  answers: AnswerEntity[],
  overrideOf: ReadonlyMap<string, QuestionOverrideEntity>,
  grades: EssayGradeEntity[],
): StoredScore {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const perQuestion: StoredScore['perQuestion'] = [];
  let maxScore = 0;

  for (const d of drawn) {
    const key = scoringKey(d.question);
    const override = overrideOf.get(d.questionId);
    const effective: ScoringKey =
      override?.action === 'rekey'
        ? {
            ...key,
            correctOptionIds: override.correctOptionIds ?? key.correctOptionIds,
            acceptedAnswers: override.acceptedAnswers ?? key.acceptedAnswers,
          }
        : key;
    const keyOf = {
      correctOptionIds: [...effective.correctOptionIds],
      acceptedAnswers: [...effective.acceptedAnswers],
    };
    if (override?.action === 'void_remove') {
      perQuestion.push({
        questionId: d.questionId,
        correct: null,
        points: 0,
        voided: true,
        ...keyOf,
      });
      continue;
    }
    maxScore += key.points;
    if (override?.action === 'void_credit') {
      perQuestion.push({
        questionId: d.questionId,
        correct: true,
        points: key.points,
        voided: true,
        ...keyOf,
      });
      continue;
    }
    if (key.type === 'essay') {
      const outcome = essayOutcome(
        grades
          .filter((g) => g.questionId === d.questionId)
          .map((g) => ({
            judgeId: g.judgeId,
            score: g.scoreCenti / 100,
            at: g.gradedAt,
          })),
        round.essayJudges === 2 ? 2 : 1,
        round.essayMarginCenti / 100,
      );
      perQuestion.push({
        questionId: d.questionId,
        correct: null,
        points: outcome.score ?? 0,
        voided: false,
        ...keyOf,
      });
      continue;
    }
    const scored = scoreAnswer(effective, byQuestion.get(d.questionId) ?? null, { partialCredit: round.partialCredit });
    perQuestion.push({
      questionId: d.questionId,
      correct: scored.correct,
      points: scored.points,
      voided: false,
      ...keyOf,
    });
  }
  const autoGraded = perQuestion.filter((p) => p.correct !== null);
  return {
    scoreCenti: Math.round(perQuestion.reduce((sum, p) => sum + p.points, 0) * 100),
    maxScore,
    correctCount: perQuestion.filter((p) => p.correct === true).length,
    perfect: autoGraded.length > 0 && autoGraded.every((p) => p.correct === true),
    perQuestion,
  };
}
