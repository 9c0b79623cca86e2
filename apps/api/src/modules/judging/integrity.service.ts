import { Injectable } from '@nestjs/common';
import type { DecideFlagRequest, IntegrityFlag } from '@reform-quiz/contracts';
import { integrityFlags } from '@reform-quiz/domain';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import type { RequestMeta } from '../../common/http/request-meta';
import { Transactions } from '../../database/transactions';
import { AttemptEvents } from '../attempts/attempt-events';
import { AttemptEntity } from '../attempts/attempt.entity';
import { AuditService } from '../audit/audit.service';
import { roundNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import { IntegrityFlagEntity } from './integrity-flag.entity';
import { flagAlreadyDecided, flagNotFound, scopeRequired } from './judging.errors';
import { JudgingRepository } from './judging.repository';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Eligibility and integrity (product rule 6): scanning a round raises flags
 * with their evidence; a judge dismisses or upholds each with a reason.
 * Upholding disqualifies the attempt or the entrant; nothing is disqualified
 * automatically, and every decision is in the audit log.
 */
@Injectable()
export class IntegrityService {
  constructor(
    private readonly judging: JudgingRepository,
    private readonly contests: ContestsRepository,
    private readonly events: AttemptEvents,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
  ) {}

  private get flags() {
    return this.tx.manager().getRepository(IntegrityFlagEntity);
  }

  /** Looks at the round's finished attempts again; returns how many new flags were raised. */
  async scan(roundId: number): Promise<number> {
    if (!(await this.contests.findRound(roundId))) throw roundNotFound(roundId);
    const papers = await this.judging.papers(roundId);
    const people = await this.judging.people(papers.map((p) => p.attempt.userId));
    const candidates = integrityFlags(
      roundId,
      papers.map(({ attempt, answers }) => ({
        attemptId: attempt.id,
        userId: attempt.userId,
        deviceId: attempt.deviceId,
        clientIp: attempt.clientIp,
        clientAgent: attempt.clientAgent,
        durationMs: attempt.durationMs,
        answered: answers.filter((a) => (a.optionIds?.length ?? 0) > 0 || (a.text ?? '').trim() !== '').length,
        focusLosses: attempt.focusLosses,
      })),
      [...people.values()].map((u) => ({ userId: u.id, fullName: u.fullName, dateOfBirth: u.dateOfBirth, role: u.role })),
    );
    return this.tx.run(async (em) => {
      const known = new Set((await em.getRepository(IntegrityFlagEntity).find({ select: { key: true }, where: { roundId } })).map((f) => f.key));
      const fresh = candidates.filter((c) => !known.has(c.key));
      const now = this.clock.now();
      if (fresh.length) {
        const rows = fresh.map((c): IntegrityFlagEntity => ({ id: randomUUID(), ...c, roundId, status: 'open', scope: null, reason: null, decidedBy: null, decidedAt: null, createdAt: now }));
        await em.getRepository(IntegrityFlagEntity).save(rows, { chunk: 200 });
      }
      return fresh.length;
    });
  }

  async list(roundId: number, status?: IntegrityFlag['status']): Promise<IntegrityFlag[]> {
    const rows = await this.flags.find({ where: { roundId, ...(status && { status }) }, order: { createdAt: 'ASC', kind: 'ASC', id: 'ASC' } });
    return this.view(rows);
  }

  async decide(id: string, body: DecideFlagRequest, caller: Caller, meta: RequestMeta): Promise<IntegrityFlag> {
    if (body.decision === 'uphold' && !body.scope) throw scopeRequired();
    const { flag, rounds } = await this.tx.run(async (em) => {
      const flag = await em.getRepository(IntegrityFlagEntity).findOneBy({ id });
      if (!flag) throw flagNotFound(id);
      if (flag.status !== 'open') throw flagAlreadyDecided();
      const upheld = body.decision === 'uphold';
      const scope = upheld ? (body.scope ?? null) : null;
      const disqualified = upheld ? await this.disqualify(flag, scope as 'attempt' | 'entrant') : [];
      Object.assign(flag, { status: upheld ? 'upheld' : 'dismissed', scope, reason: body.reason.trim(), decidedBy: caller.userId, decidedAt: this.clock.now() });
      await em.getRepository(IntegrityFlagEntity).save(flag);
      await this.audit.record({
        actorId: caller.userId,
        action: upheld ? 'integrity.uphold' : 'integrity.dismiss',
        entityType: 'integrity_flag',
        entityId: id,
        before: { status: 'open' },
        after: { status: flag.status, kind: flag.kind, userId: flag.userId, scope, reason: flag.reason, disqualifiedAttempts: disqualified.map((a) => a.id) },
        ip: meta.ip,
      });
      return { flag, rounds: [...new Set(disqualified.map((a) => a.roundId))] };
    });
    // The boards drop the disqualified at once.
    for (const roundId of rounds) this.events.finalized$.next({ attemptId: '', roundId });
    return (await this.view([flag]))[0];
  }

  /** The attempt (or the account's attempts in this round), or the entrant's attempts in every round of the contest. */
  private async disqualify(flag: IntegrityFlagEntity, scope: 'attempt' | 'entrant'): Promise<AttemptEntity[]> {
    const repo = this.tx.manager().getRepository(AttemptEntity);
    let roundIds = [flag.roundId];
    if (scope === 'entrant') {
      const round = await this.contests.findRound(flag.roundId);
      const contest = round ? await this.contests.findById(round.contestId) : null;
      roundIds = (contest?.rounds ?? []).map((r) => r.id);
    }
    const where = scope === 'attempt' && flag.attemptId ? { id: flag.attemptId } : { userId: flag.userId, roundId: In(roundIds) };
    const attempts = await repo.findBy(where);
    if (attempts.length) await repo.update({ id: In(attempts.map((a) => a.id)) }, { disqualified: true });
    return attempts;
  }

  private async view(rows: IntegrityFlagEntity[]): Promise<IntegrityFlag[]> {
    const people = await this.judging.people(rows.map((r) => r.userId));
    const deciders = await this.judging.names(rows.map((r) => r.decidedBy));
    return rows.map((r) => {
      const who = people.get(r.userId);
      return {
        id: r.id,
        roundId: r.roundId,
        kind: r.kind,
        subject: { userId: r.userId, name: who?.fullName ?? '', unit: who?.unitName ?? null },
        attemptId: r.attemptId,
        evidence: r.evidence,
        status: r.status,
        scope: r.scope,
        reason: r.reason,
        decidedBy: r.decidedBy ? { id: r.decidedBy, fullName: deciders.get(r.decidedBy) ?? '' } : null,
        decidedAt: iso(r.decidedAt),
        createdAt: iso(r.createdAt) as string,
      };
    });
  }
}
