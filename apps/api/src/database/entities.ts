import { AnswerEntity } from '../modules/attempts/answer.entity';
import { AttemptQuestionEntity } from '../modules/attempts/attempt-question.entity';
import { AttemptEntity } from '../modules/attempts/attempt.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { ContestEntity } from '../modules/contests/contest.entity';
import { AppealEntity } from '../modules/judging/appeal.entity';
import { EssayGradeEntity } from '../modules/judging/essay-grade.entity';
import { IntegrityFlagEntity } from '../modules/judging/integrity-flag.entity';
import { QuestionOverrideEntity } from '../modules/judging/question-override.entity';
import { LiveSessionEntity } from '../modules/live/live-session.entity';
import { CertificateEntity } from '../modules/certificates/certificate.entity';
import { ResultSnapshotEntity } from '../modules/results/result-snapshot.entity';
import { SnapshotApprovalEntity } from '../modules/results/snapshot-approval.entity';
import { RoundEntity } from '../modules/contests/round.entity';
import { QuestionBankEntity } from '../modules/questions/question-bank.entity';
import { QuestionOptionEntity } from '../modules/questions/question-option.entity';
import { QuestionEntity } from '../modules/questions/question.entity';
import { SessionEntity } from '../modules/users/session.entity';
import { UnitEntity } from '../modules/units/unit.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Every entity, listed explicitly: the bundled build cannot glob for them. */
export const entities = [UnitEntity, UserEntity, SessionEntity, AuditEntryEntity, QuestionBankEntity, QuestionEntity, QuestionOptionEntity,
  ContestEntity, RoundEntity, AttemptEntity, AttemptQuestionEntity, AnswerEntity, LiveSessionEntity,
  EssayGradeEntity, QuestionOverrideEntity, IntegrityFlagEntity, AppealEntity, ResultSnapshotEntity, SnapshotApprovalEntity, CertificateEntity];
