import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { searchKey } from '@reform-quiz/domain';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { Transactions } from '../../database/transactions';
import { PasswordHasher } from '../auth/password-hasher.service';
import { AuditService } from '../audit/audit.service';
import { ContestsService } from '../contests/contests.service';
import { QuestionBanksService } from '../questions/question-banks.service';
import { QuestionsRepository } from '../questions/questions.repository';
import { QuestionImportService } from '../questions/question-import.service';
import { UnitEntity } from '../units/unit.entity';
import { UserEntity } from '../users/user.entity';
import { userSearchText } from '../users/users.repository';
import { DEPARTMENTS, DISTRICTS, PROVINCE, SeedUnit } from './demo-units';
import { DemoHistory } from './demo-history';
import { DEMO_CROWD, DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { DEMO_CONTEST, demoRounds } from './demo-contest';

export const DEMO_BANK_NAME = 'Ngân hàng câu hỏi CCHC tỉnh Quảng Nam 2018';

/** The seed bank is an ordinary import file: next to this source, or copied beside the bundle by the build. */
function seedQuestionsFile(): { name: string; data: Buffer } {
  const path = [join(__dirname, 'seed-questions.csv'), join(__dirname, 'demo', 'seed-questions.csv')].find((p) => existsSync(p));
  if (!path) throw new Error('seed-questions.csv is missing from the build');
  return { name: 'seed-questions.csv', data: readFileSync(path) };
}

/**
 * Fills an empty database with the Quảng Nam 2018 units and the demo
 * accounts. Runs only in demo mode and only when there are no units and no
 * accounts yet, so a restart keeps whatever was there.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tx: Transactions,
    private readonly banks: QuestionBanksService,
    private readonly importer: QuestionImportService,
    private readonly questions: QuestionsRepository,
    private readonly contests: ContestsService,
    private readonly history: DemoHistory,
  ) {}

  /** Seeds what is missing: units and accounts into an empty database, then the question bank if there is none. */
  async seedIfEmpty(): Promise<void> {
    await this.seedAccountsIfEmpty();
    await this.seedQuestionsIfEmpty();
    await this.seedContestIfEmpty();
  }

  private async seedAccountsIfEmpty(): Promise<boolean> {
    const [units, users] = await Promise.all([
      this.dataSource.getRepository(UnitEntity).count(),
      this.dataSource.getRepository(UserEntity).count(),
    ]);
    if (units > 0 || users > 0) return false;

    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.tx.run(async (em) => {
      const now = this.clock.now();
      const make = (seed: SeedUnit, parentId: number | null) =>
        Object.assign(new UnitEntity(), { ...seed, searchName: searchKey(seed.name), parentId, createdAt: now, updatedAt: now });
      const province = await em.getRepository(UnitEntity).save(make(PROVINCE, null));
      const children = await em.getRepository(UnitEntity).save([...DEPARTMENTS, ...DISTRICTS].map((u) => make(u, province.id)));
      const unitIds = new Map([province, ...children].map((u) => [u.code, u.id]));

      const users = [...DEMO_USERS, ...DEMO_CROWD].map((seed) => {
        const user = Object.assign(new UserEntity(), {
          id: randomUUID(),
          role: seed.role,
          status: 'active',
          fullName: seed.fullName,
          phone: seed.phone ?? null,
          email: seed.email,
          nationalId: null,
          dateOfBirth: seed.dateOfBirth ?? null,
          gender: seed.gender ?? null,
          category: seed.category ?? null,
          unitId: unitIds.get(seed.unitCode) ?? null,
          addressDistrict: null,
          addressCommune: null,
          addressDetail: null,
          passwordHash,
          consentAt: seed.role === 'participant' ? now : null,
          createdAt: now,
          updatedAt: now,
        });
        user.searchText = userSearchText(user);
        return user;
      });
      await em.getRepository(UserEntity).insert(users);
      await this.audit.record({ actorId: null, action: 'demo.seed', entityType: 'system', entityId: 'demo', after: { units: unitIds.size, users: users.length } });
    });
    this.logger.log(`Seeded ${1 + DEPARTMENTS.length + DISTRICTS.length} units, ${DEMO_USERS.length} demo accounts and ${DEMO_CROWD.length} more entrants`);
    return true;
  }

  /** The demo bank: approved questions, written by the demo organizer and approved by the demo admin. */
  private async seedQuestionsIfEmpty(): Promise<void> {
    if ((await this.banks.list()).length > 0) return;
    const users = await this.dataSource.getRepository(UserEntity).find({ where: [{ email: 'organizer@demo.local' }, { email: 'admin@demo.local' }] });
    const author = users.find((u) => u.role === 'organizer') ?? null;
    const reviewer = users.find((u) => u.role === 'admin') ?? null;
    const bank = await this.banks.create({ name: DEMO_BANK_NAME, description: 'Câu hỏi mẫu, mỗi câu dẫn văn bản pháp lý làm căn cứ.' }, null);
    const count = await this.importer.importApproved(seedQuestionsFile(), bank.id, { authorId: author?.id ?? null, reviewerId: reviewer?.id ?? null });
    this.logger.log(`Seeded the demo question bank with ${count} approved questions`);
  }

  /** The demo contest, published: a weekly round open now, a practice round, a live final next week, and a closed kick-off round the entrants took. */
  private async seedContestIfEmpty(): Promise<void> {
    if ((await this.contests.list(undefined)).length > 0) return;
    const organizer = await this.dataSource.getRepository(UserEntity).findOneBy({ email: 'organizer@demo.local' });
    const bank = (await this.banks.list())[0];
    if (!organizer || !bank) return;
    const caller = { userId: organizer.id, sessionId: 'demo-seed', role: organizer.role };
    const meta = { ip: '127.0.0.1', userAgent: 'demo-seed' };
    const contest = await this.contests.create(DEMO_CONTEST, caller, meta);
    const available = await this.questions.counts(bank.id, 'approved');
    const now = this.clock.now();
    const rounds = [];
    for (const input of demoRounds(bank.id, available, now)) rounds.push(await this.contests.addRound(contest.id, input, caller, meta));
    await this.contests.transition(contest.id, 'published', caller, meta);
    // Rounds already over have a past: attempts to rank, judge and publish.
    for (const round of rounds) if (Date.parse(round.closesAt) <= now) await this.history.playRound(round.id);
    this.logger.log(`Seeded and published the demo contest "${contest.title}"`);
  }

  /** The demo logins that exist in this database (none outside demo mode). */
  async existingDemoLogins(): Promise<{ email: string; role: string }[]> {
    const rows = await this.dataSource.getRepository(UserEntity).find({ where: DEMO_USERS.map((u) => ({ email: u.email })), select: { email: true, role: true } });
    const order = DEMO_USERS.map((u) => u.email);
    return rows.map((r) => ({ email: r.email ?? '', role: r.role })).sort((a, b) => order.indexOf(a.email) - order.indexOf(b.email));
  }
}
