import { Injectable } from '@nestjs/common';
import type { ItemStatistics } from '@reform-quiz/contracts';
import { analyseItem, type ItemResponse } from '@reform-quiz/domain';
import { Clock } from '../../common/clock';
import { scoreStored } from '../attempts/attempt-scorer.service';
import { roundNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { QuestionEntity } from '../questions/question.entity';
import { roundNotClosed } from '../results/results.errors';
import { JudgingRepository } from './judging.repository';

/**
 * Item analysis after a round: for each question drawn, its facility, its
 * discrimination index and how often each option was chosen, scored with
 * the jury's decisions applied — the questions to revise stand out.
 */
@Injectable()
export class ItemAnalysisService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly contests: ContestsRepository,
    private readonly clock: Clock,
  ) {}

  async round(roundId: number): Promise<ItemStatistics[]> {
    const round = await this.contests.findRound(roundId);
    if (!round) throw roundNotFound(roundId);
    if (this.clock.now() < round.closesAt) throw roundNotClosed();
    const overrides = await this.judging.overrides(roundId);
    const responses = new Map<string, ItemResponse[]>();
    const questions = new Map<string, QuestionEntity>();
    for (const paper of await this.judging.papers(roundId)) {
      if (paper.attempt.disqualified) continue;
      const scored = scoreStored(round, paper.drawn, paper.answers, overrides, paper.grades);
      const total = scored.scoreCenti / 100;
      for (const q of scored.perQuestion) {
        if (q.correct === null || q.voided) continue;
        const drawn = paper.drawn.find((d) => d.questionId === q.questionId);
        if (drawn) questions.set(q.questionId, drawn.question);
        const optionIds = paper.answers.find((a) => a.questionId === q.questionId)?.optionIds ?? [];
        responses.set(q.questionId, [...(responses.get(q.questionId) ?? []), { entrantScore: total, correct: q.correct, optionIds }]);
      }
    }
    return [...responses]
      .map(([questionId, rs]) => {
        const question = questions.get(questionId) as QuestionEntity;
        const item = analyseItem(rs);
        const override = overrides.get(questionId);
        const correct = new Set(override?.action === 'rekey' && override.correctOptionIds ? override.correctOptionIds : (question.options ?? []).filter((o) => o.isCorrect).map((o) => o.id));
        return {
          questionId,
          stem: question.stem,
          responses: item.responses,
          facility: item.facility,
          discrimination: item.discrimination,
          choices: [...(question.options ?? [])].sort((a, b) => a.position - b.position).map((o) => ({ optionId: o.id, text: o.text, correct: correct.has(o.id), count: item.choices[o.id] ?? 0 })),
          flags: item.flags,
        };
      })
      .sort((a, b) => b.flags.length - a.flags.length || a.facility - b.facility);
  }
}
