import type { Contest, ContestInput, ContestSummary, Round, RoundInput } from '@reform-quiz/contracts';
import { windowPhase } from '@reform-quiz/domain';
import type { ContestEntity } from './contest.entity';
import type { RoundEntity } from './round.entity';

const iso = (ms: number) => new Date(ms).toISOString();

export function toRoundInput(r: RoundEntity): RoundInput {
  return {
    title: r.title,
    mode: r.mode,
    bankId: r.bankId,
    opensAt: iso(r.opensAt),
    closesAt: iso(r.closesAt),
    timeLimitSeconds: r.timeLimitSeconds,
    questionCount: r.questionCount,
    blueprint: r.blueprint,
    attemptsAllowed: r.attemptsAllowed,
    countedAttempt: r.countedAttempt,
    shuffleQuestions: r.shuffleQuestions,
    shuffleOptions: r.shuffleOptions,
    partialCredit: r.partialCredit,
    prediction: r.predictionKind && r.predictionPrompt ? { kind: r.predictionKind, prompt: r.predictionPrompt } : null,
    leaderboardVisibility: r.leaderboardVisibility,
    freezeMinutes: r.freezeMinutes,
    practice: r.practice,
    graceSeconds: r.graceSeconds,
    questionSeconds: r.questionSeconds,
    speedScoring: r.speedScoring,
    essayJudges: r.essayJudges === 2 ? 2 : 1,
    essayMargin: r.essayMarginCenti / 100,
    appealDays: r.appealDays,
  };
}

export function toRound(r: RoundEntity, now: number): Round {
  return { id: r.id, contestId: r.contestId, position: r.position, phase: windowPhase(now, r.opensAt, r.closesAt), ...toRoundInput(r) };
}

const byPosition = (a: RoundEntity, b: RoundEntity) => a.position - b.position || a.id - b.id;

export function toContestInput(c: ContestEntity): ContestInput {
  return {
    title: c.title,
    description: c.description,
    rules: c.rules,
    categories: c.categories,
    tieBreaks: c.tieBreaks,
    prizeTiers: c.prizeTiers,
    shortenNames: c.shortenNames,
    approvalsRequired: c.approvalsRequired,
    onePrizePerPerson: c.onePrizePerPerson,
    collectiveMinRate: c.collectiveMinRateBp / 10_000,
    collectivePrizeCount: c.collectivePrizeCount,
  };
}

export function toContest(c: ContestEntity, now: number): Contest {
  return {
    id: c.id,
    ...toContestInput(c),
    status: c.status,
    publishedAt: c.publishedAt === null ? null : iso(c.publishedAt),
    rounds: [...(c.rounds ?? [])].sort(byPosition).map((r) => toRound(r, now)),
  };
}

export function toContestSummary(c: ContestEntity): ContestSummary {
  const rounds = c.rounds ?? [];
  return {
    id: c.id,
    title: c.title,
    status: c.status,
    categories: c.categories,
    opensAt: rounds.length ? iso(Math.min(...rounds.map((r) => r.opensAt))) : null,
    closesAt: rounds.length ? iso(Math.max(...rounds.map((r) => r.closesAt))) : null,
    roundCount: rounds.length,
  };
}
