import { Injectable } from '@nestjs/common';
import type { Category, CollectiveResult, Statistics, UnitParticipation } from '@reform-quiz/contracts';
import { type ReportColumn, type ReportSheet, writeReport } from '@reform-quiz/spreadsheets';
import { In } from 'typeorm';
import { Transactions } from '../../database/transactions';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { PRIZE_NAMES } from '../certificates/certificate-pdf';
import { StatisticsService } from '../leaderboard/statistics.service';
import { ResultsRepository } from '../results/results.repository';
import { snapshotNotFound } from '../results/results.errors';
import type { SnapshotLine } from '../results/snapshot-content';
import { UserEntity } from '../users/user.entity';

/** A file to send: its bytes and the name it is saved under. */
export interface ExportFile {
  fileName: string;
  data: Buffer;
}

const CATEGORY_NAMES: Record<Category, string> = { civil_servant: 'Khối CBCCVC', citizen: 'Khối người dân' };
const STATUS_NAMES = { pending: 'Chờ phê duyệt', approved: 'Đã phê duyệt', published: 'Đã công bố', superseded: 'Đã thay thế' } as const;
const blockName = (category: Category | null) => (category ? CATEGORY_NAMES[category] : 'Xếp hạng chung');
/** File names: letters without accents, digits and dashes. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);

/** How many audit entries one extract holds at most: the filter narrows it. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/**
 * The secretariat's workbooks: a frozen ranking with every tie-break
 * column, the winners list, participation per unit and per district, and an
 * extract of the audit log. Rankings come from snapshots, so a file names
 * the hash of what the jury approved.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly snapshots: ResultsRepository,
    private readonly statistics: StatisticsService,
    private readonly tx: Transactions,
  ) {}

  /** Every ranked entrant of a snapshot, a sheet per block, with the columns the tie-breaks read. */
  async results(snapshotId: string): Promise<ExportFile> {
    const snapshot = await this.snapshot(snapshotId);
    const { content } = snapshot;
    const columns: ReportColumn[] = [
      { header: 'Hạng', key: 'rank', kind: 'integer' },
      { header: 'Họ và tên', key: 'name' },
      { header: 'Đơn vị', key: 'unit' },
      { header: 'Điểm', key: 'score', kind: 'decimal' },
      { header: 'Dự đoán', key: 'prediction', kind: 'integer' },
      { header: 'Sai số dự đoán', key: 'predictionError', kind: 'integer' },
      { header: 'Thời gian làm bài', key: 'duration', kind: 'duration' },
      { header: 'Thời điểm nộp bài', key: 'submittedAt', kind: 'datetime' },
      { header: 'Giải', key: 'prize' },
    ];
    const line = (l: SnapshotLine) => ({ rank: l.rank, name: l.name, unit: l.unit, score: l.score, prediction: l.prediction, predictionError: l.predictionError, duration: l.durationMs, submittedAt: l.submittedAt, prize: l.prize ? PRIZE_NAMES[l.prize] : null });
    const sheets: ReportSheet[] = content.blocks.map((b) => ({ name: blockName(b.category), title: `${content.title} — ${blockName(b.category)}`, columns, rows: b.lines.map(line) }));
    if (content.collective) sheets.push(this.collectiveSheet(content.title, content.collective));
    sheets.push({
      name: 'Thông tin',
      columns: [
        { header: 'Mục', key: 'label', width: 28 },
        { header: 'Giá trị', key: 'value', width: 70 },
      ],
      rows: [
        { label: 'Kết quả', value: content.title },
        { label: 'Trạng thái', value: STATUS_NAMES[snapshot.status] },
        { label: 'Mã băm nội dung (SHA-256)', value: snapshot.hash },
        { label: 'Thời điểm chốt', value: new Date(snapshot.createdAt) },
        { label: 'Thời điểm công bố', value: snapshot.publishedAt === null ? null : new Date(snapshot.publishedAt) },
      ],
    });
    return { fileName: `ket-qua-${slug(content.title)}.xlsx`, data: await writeReport(sheets, { title: content.title }) };
  }

  /** The prize winners of a snapshot with what the committee needs to reach them, and the collective prizes. */
  async winners(snapshotId: string): Promise<ExportFile> {
    const { content } = await this.snapshot(snapshotId);
    const winners = content.blocks.flatMap((b) => b.lines.filter((l) => l.prize !== null).map((l) => ({ ...l, category: b.category })));
    const people = winners.length ? await this.tx.manager().getRepository(UserEntity).findBy({ id: In(winners.map((w) => w.userId)) }) : [];
    const person = new Map(people.map((p) => [p.id, p]));
    const sheets: ReportSheet[] = [
      {
        name: 'Giải cá nhân',
        title: `Danh sách đạt giải — ${content.title}`,
        columns: [
          { header: 'Khối', key: 'block' },
          { header: 'Giải', key: 'prize' },
          { header: 'Hạng', key: 'rank', kind: 'integer' },
          { header: 'Họ và tên', key: 'name' },
          { header: 'Ngày sinh', key: 'dateOfBirth' },
          { header: 'Đơn vị', key: 'unit' },
          { header: 'Điện thoại', key: 'phone' },
          { header: 'Thư điện tử', key: 'email' },
          { header: 'Điểm', key: 'score', kind: 'decimal' },
        ],
        rows: winners.map((w) => ({
          block: blockName(w.category),
          prize: PRIZE_NAMES[w.prize as keyof typeof PRIZE_NAMES],
          rank: w.rank,
          name: w.name,
          dateOfBirth: person.get(w.userId)?.dateOfBirth ?? null,
          unit: w.unit,
          phone: person.get(w.userId)?.phone ?? null,
          email: person.get(w.userId)?.email ?? null,
          score: w.score,
        })),
      },
    ];
    if (content.collective) sheets.push(this.collectiveSheet(content.title, content.collective.filter((u) => u.awarded)));
    return { fileName: `danh-sach-dat-giai-${slug(content.title)}.xlsx`, data: await writeReport(sheets, { title: content.title }) };
  }

  /** Participation per unit, per district and per day, for the contest (or a round, or one unit's subtree). */
  async participation(contestId: number, roundId: number | null, unitId: number | null): Promise<ExportFile> {
    const stats = await this.statistics.compute(contestId, roundId, unitId);
    const rateColumns: ReportColumn[] = [
      { header: 'Đơn vị', key: 'unit' },
      { header: 'Số người dự thi', key: 'entrants', kind: 'integer' },
      { header: 'Số người (CBCCVC hoặc dân số)', key: 'headcount', kind: 'integer' },
      { header: 'Tỷ lệ tham gia', key: 'rate', kind: 'percent' },
    ];
    const rows = (list: UnitParticipation[]) => list.map((p) => ({ unit: p.unit, entrants: p.entrants, headcount: p.headcount, rate: p.headcount > 0 ? p.rate : null }));
    const sheets: ReportSheet[] = [
      { name: 'Tổng hợp', columns: [{ header: 'Chỉ số', key: 'label', width: 32 }, { header: 'Giá trị', key: 'value', width: 24 }], rows: this.summary(stats) },
      { name: 'Theo đơn vị', title: 'Tỷ lệ tham gia theo đơn vị', columns: rateColumns, rows: rows(stats.participation) },
      { name: 'Theo huyện', title: 'Tỷ lệ tham gia theo huyện, thị xã, thành phố (gồm các xã, phường, thị trấn)', columns: rateColumns, rows: rows(stats.districts) },
      {
        name: 'Theo ngày',
        columns: [
          { header: 'Ngày', key: 'date' },
          { header: 'Số lượt thi', key: 'attempts', kind: 'integer' },
        ],
        rows: stats.attemptsPerDay.map((d) => ({ date: d.date.split('-').reverse().join('/'), attempts: d.attempts })),
      },
    ];
    return { fileName: `tham-gia-cuoc-thi-${contestId}${roundId ? `-dot-${roundId}` : ''}.xlsx`, data: await writeReport(sheets, { title: 'Tình hình tham gia' }) };
  }

  /** The audit log, newest first, narrowed by entity, actor and time. */
  async audit(filter: { entityType?: string; actorId?: string; from?: number; to?: number }): Promise<ExportFile> {
    const qb = this.tx.manager().getRepository(AuditEntryEntity).createQueryBuilder('a').leftJoinAndMapOne('a.actor', UserEntity, 'actor', 'actor.id = a.actor_id');
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.from !== undefined) qb.andWhere('a.at >= :from', { from: filter.from });
    if (filter.to !== undefined) qb.andWhere('a.at < :to', { to: filter.to });
    const entries = await qb.orderBy('a.id', 'DESC').take(AUDIT_EXPORT_LIMIT).getMany();
    const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
    const sheet: ReportSheet = {
      name: 'Nhật ký',
      title: 'Trích xuất nhật ký thao tác',
      columns: [
        { header: 'Thời điểm', key: 'at', kind: 'datetime' },
        { header: 'Người thực hiện', key: 'actor' },
        { header: 'Thao tác', key: 'action' },
        { header: 'Đối tượng', key: 'entityType' },
        { header: 'Mã đối tượng', key: 'entityId' },
        { header: 'Trước', key: 'before', width: 50 },
        { header: 'Sau', key: 'after', width: 50 },
        { header: 'Địa chỉ IP', key: 'ip' },
      ],
      rows: entries.map((e) => ({
        at: e.at,
        actor: (e as AuditEntryEntity & { actor?: UserEntity }).actor?.fullName ?? null,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        before: json(e.before),
        after: json(e.after),
        ip: e.ip,
      })),
    };
    return { fileName: 'nhat-ky-thao-tac.xlsx', data: await writeReport([sheet], { title: 'Nhật ký thao tác' }) };
  }

  private async snapshot(id: string) {
    const snapshot = await this.snapshots.findById(id);
    if (!snapshot) throw snapshotNotFound(id);
    return snapshot;
  }

  private collectiveSheet(title: string, units: CollectiveResult[]): ReportSheet {
    return {
      name: 'Giải tập thể',
      title: `Xếp hạng tập thể — ${title}`,
      columns: [
        { header: 'Hạng', key: 'rank', kind: 'integer' },
        { header: 'Đơn vị', key: 'unit' },
        { header: 'Số người dự thi', key: 'entrants', kind: 'integer' },
        { header: 'Số người (CBCCVC hoặc dân số)', key: 'headcount', kind: 'integer' },
        { header: 'Tỷ lệ tham gia', key: 'rate', kind: 'percent' },
        { header: 'Điểm trung bình', key: 'meanScore', kind: 'decimal' },
        { header: 'Đạt giải', key: 'awarded' },
      ],
      rows: units.map((u) => ({ rank: u.rank, unit: u.unit, entrants: u.entrants, headcount: u.headcount, rate: u.rate, meanScore: u.meanScore, awarded: u.awarded ? 'Có' : 'Không' })),
    };
  }

  private summary(stats: Statistics) {
    return [
      { label: 'Số lượt thi', value: stats.attempts },
      { label: 'Số người dự thi', value: stats.entrants },
      { label: 'Tỷ lệ bài làm đúng tất cả', value: `${Math.round(stats.perfectShare * 1000) / 10}%` },
      { label: 'Số liệu tính đến', value: new Date(stats.asOf) },
    ];
  }
}
