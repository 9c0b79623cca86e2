import { Inject, Injectable } from '@nestjs/common';
import type { CertificateSummary, CertificateVerification } from '@reform-quiz/contracts';
import archiver from 'archiver';
import { randomInt } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { In, IsNull } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Transactions } from '../../database/transactions';
import { AttemptEntity } from '../attempts/attempt.entity';
import { contestNotFound } from '../contests/contests.errors';
import { ContestsRepository } from '../contests/contests.repository';
import type { SnapshotContent } from '../results/snapshot-content';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import { CertificateEntity } from './certificate.entity';
import { renderCertificatePdf } from './certificate-pdf';
import { certificateNotFound, notAParticipant } from './certificates.errors';

/** No 0/O or 1/I: codes are read off paper and typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newCode = () => {
  const raw = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
};

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Certificates: issued to every prize winner when results are published
 * (revoked when a later publication replaces them), and to participants on
 * request. What a certificate says is kept as printed, so its public
 * verification page shows exactly that.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly tx: Transactions,
    private readonly clock: Clock,
    private readonly contests: ContestsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get certificates() {
    return this.tx.manager().getRepository(CertificateEntity);
  }

  /** Inside the publishing transaction: one certificate per prize winner of the snapshot. */
  async issueForSnapshot(snapshotId: string, contestId: number, roundId: number | null, content: SnapshotContent): Promise<number> {
    const now = this.clock.now();
    const winners = content.blocks.flatMap((b) => b.lines).filter((l) => l.prize !== null);
    const rows = winners.map((l) =>
      Object.assign(new CertificateEntity(), {
        code: newCode(),
        kind: 'prize' as const,
        snapshotId,
        userId: l.userId,
        contestId,
        roundId,
        prize: l.prize,
        fullName: l.name,
        unit: l.unit,
        contestTitle: content.contestTitle,
        roundTitle: content.roundTitle,
        issuedAt: now,
        revokedAt: null,
      }),
    );
    if (rows.length) await this.tx.run((em) => em.getRepository(CertificateEntity).insert(rows));
    return rows.length;
  }

  async revokeForSnapshot(snapshotId: string): Promise<void> {
    await this.tx.run((em) => em.getRepository(CertificateEntity).update({ snapshotId, revokedAt: IsNull() }, { revokedAt: this.clock.now() }));
  }

  async verify(code: string): Promise<CertificateVerification> {
    const c = await this.find(code);
    return {
      code: c.code,
      valid: c.revokedAt === null,
      revoked: c.revokedAt !== null,
      kind: c.kind,
      name: c.fullName,
      unit: c.unit,
      contestTitle: c.contestTitle,
      roundTitle: c.roundTitle,
      prize: c.prize,
      issuedAt: iso(c.issuedAt),
    };
  }

  async pdf(code: string): Promise<Buffer> {
    return this.render(await this.find(code));
  }

  /** Every prize certificate of a published snapshot, one PDF each, in a zip. */
  async zip(snapshotId: string): Promise<Buffer> {
    const rows = await this.certificates.find({ where: { snapshotId, revokedAt: IsNull() }, order: { prize: 'ASC', fullName: 'ASC' } });
    const archive = archiver('zip', { zlib: { level: 6 } });
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      sink.on('end', resolve);
      archive.on('error', reject);
    });
    archive.pipe(sink);
    for (const c of rows)
      archive.append(await this.render(c), {
        name: `${c.prize ?? c.kind}-${c.fullName
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[^A-Za-z0-9]+/g, '-')}-${c.code}.pdf`,
      });
    await archive.finalize();
    await done;
    return Buffer.concat(chunks);
  }

  async mine(userId: string): Promise<CertificateSummary[]> {
    const rows = await this.certificates.find({ where: { userId }, order: { issuedAt: 'DESC' } });
    return rows.map((c) => ({ code: c.code, kind: c.kind, contestTitle: c.contestTitle, roundTitle: c.roundTitle, prize: c.prize, issuedAt: iso(c.issuedAt), revoked: c.revokedAt !== null }));
  }

  /** A participation certificate for someone who finished an attempt in a ranked round of the contest. */
  async participation(userId: string, contestId: number): Promise<CertificateVerification> {
    const contest = await this.contests.findById(contestId);
    if (!contest || contest.status === 'draft') throw contestNotFound(contestId);
    const existing = await this.certificates.findOneBy({ userId, contestId: contest.id, kind: 'participation', revokedAt: IsNull() });
    if (existing) return this.verify(existing.code);
    const rankedRounds = (contest.rounds ?? []).filter((r) => !r.practice).map((r) => r.id);
    const attempt = rankedRounds.length
      ? await this.tx
          .manager()
          .getRepository(AttemptEntity)
          .findOne({ where: { userId, roundId: In(rankedRounds), status: In(['submitted', 'expired']), disqualified: false } })
      : null;
    if (!attempt) throw notAParticipant();
    const user = await this.tx.manager().getRepository(UserEntity).findOneByOrFail({ id: userId });
    const unit = user.unitId === null ? null : await this.tx.manager().getRepository(UnitEntity).findOneBy({ id: user.unitId });
    const row = Object.assign(new CertificateEntity(), {
      code: newCode(),
      kind: 'participation' as const,
      snapshotId: null,
      userId,
      contestId: contest.id,
      roundId: null,
      prize: null,
      fullName: user.fullName,
      unit: unit?.name ?? null,
      contestTitle: contest.title,
      roundTitle: null,
      issuedAt: this.clock.now(),
      revokedAt: null,
    });
    await this.tx.run((em) => em.getRepository(CertificateEntity).insert(row));
    return this.verify(row.code);
  }

  private async find(code: string): Promise<CertificateEntity> {
    const c = await this.certificates.findOneBy({ code: code.trim().toUpperCase() });
    if (!c) throw certificateNotFound();
    return c;
  }

  private render(c: CertificateEntity): Promise<Buffer> {
    return renderCertificatePdf({
      kind: c.kind,
      fullName: c.fullName,
      unit: c.unit,
      contestTitle: c.contestTitle,
      roundTitle: c.roundTitle,
      prize: c.prize,
      issuedAt: iso(c.issuedAt),
      place: this.config.certificatePlace,
      issuer: 'BAN TỔ CHỨC CUỘC THI',
      code: c.code,
      verifyUrl: `${this.config.publicUrl}/verify/${c.code}`,
    });
  }
}
