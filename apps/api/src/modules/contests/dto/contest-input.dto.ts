import {
  CATEGORIES,
  COUNTED_ATTEMPTS,
  DIFFICULTIES,
  LEADERBOARD_VISIBILITIES,
  PREDICTION_KINDS,
  PRIZE_KINDS,
  ROUND_MODES,
  TIE_BREAKS,
  TOPICS,
  type BlueprintCell,
  type Category,
  type ContestInput,
  type CountedAttempt,
  type Difficulty,
  type LeaderboardVisibility,
  type PredictionKind,
  type PrizeKind,
  type PrizeTier,
  type RoundInput,
  type RoundMode,
  type RoundPrediction,
  type TieBreak,
  type Topic,
} from '@reform-quiz/contracts';
import { PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MAX_DB_INT, MaxDecimalPlaces, NormalizeText } from '../../../common/validation/validators';

export class PrizeTierDto implements PrizeTier {
  @IsDefined() @IsIn(PRIZE_KINDS)
  kind!: PrizeKind;

  @IsDefined() @IsInt() @Min(0) @Max(1000)
  count!: number;
}

export class ContestInputDto implements ContestInput {
  @IsDefined() @NormalizeText() @IsString() @MinLength(3) @MaxLength(300)
  title!: string;

  @IsOptional() @IsString() @MaxLength(5000)
  description!: string | null;

  @IsDefined() @IsString() @MaxLength(50_000)
  rules!: string;

  @IsDefined() @IsArray() @ArrayMaxSize(2) @IsIn(CATEGORIES, { each: true })
  categories!: Category[];

  @IsDefined() @IsArray() @ArrayMaxSize(4) @IsIn(TIE_BREAKS, { each: true })
  tieBreaks!: TieBreak[];

  @IsDefined() @IsArray() @ArrayMaxSize(4) @ValidateNested({ each: true }) @Type(() => PrizeTierDto)
  prizeTiers!: PrizeTierDto[];

  @IsDefined() @IsBoolean()
  shortenNames!: boolean;

  /** Defaults to 1. */
  @IsOptional() @IsInt() @Min(1) @Max(15)
  approvalsRequired?: number;

  @IsOptional() @IsBoolean()
  onePrizePerPerson?: boolean;

  /** 0–1; defaults to 0. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @MaxDecimalPlaces(4) @Min(0) @Max(1)
  collectiveMinRate?: number;

  /** Defaults to 3. */
  @IsOptional() @IsInt() @Min(0) @Max(100)
  collectivePrizeCount?: number;
}

export class UpdateContestDto extends PartialType(ContestInputDto) {}

export class BlueprintCellDto implements BlueprintCell {
  @IsDefined() @IsIn(TOPICS)
  topic!: Topic;

  @IsDefined() @IsIn(DIFFICULTIES)
  difficulty!: Difficulty;

  @IsDefined() @IsInt() @Min(1) @Max(200)
  count!: number;
}

export class RoundPredictionDto implements RoundPrediction {
  @IsDefined() @IsIn(PREDICTION_KINDS)
  kind!: PredictionKind;

  @IsDefined() @NormalizeText() @IsString() @MinLength(5) @MaxLength(500)
  prompt!: string;
}

export class RoundInputDto implements RoundInput {
  @IsDefined() @NormalizeText() @IsString() @MinLength(2) @MaxLength(200)
  title!: string;

  @IsDefined() @IsIn(ROUND_MODES)
  mode!: RoundMode;

  @IsDefined() @IsInt() @Min(1) @Max(MAX_DB_INT)
  bankId!: number;

  @IsDefined() @IsISO8601({ strict: true })
  opensAt!: string;

  @IsDefined() @IsISO8601({ strict: true })
  closesAt!: string;

  @IsDefined() @IsInt() @Min(0) @Max(24 * 3600)
  timeLimitSeconds!: number;

  @IsDefined() @IsInt() @Min(1) @Max(200)
  questionCount!: number;

  @IsDefined() @IsArray() @ArrayMaxSize(21) @ValidateNested({ each: true }) @Type(() => BlueprintCellDto)
  blueprint!: BlueprintCellDto[];

  @IsOptional() @IsInt() @Min(1) @Max(1000)
  attemptsAllowed!: number | null;

  @IsDefined() @IsIn(COUNTED_ATTEMPTS)
  countedAttempt!: CountedAttempt;

  @IsDefined() @IsBoolean()
  shuffleQuestions!: boolean;

  @IsDefined() @IsBoolean()
  shuffleOptions!: boolean;

  @IsDefined() @IsBoolean()
  partialCredit!: boolean;

  @IsOptional() @ValidateNested() @Type(() => RoundPredictionDto)
  prediction!: RoundPredictionDto | null;

  @IsDefined() @IsIn(LEADERBOARD_VISIBILITIES)
  leaderboardVisibility!: LeaderboardVisibility;

  @IsDefined() @IsInt() @Min(0) @Max(7 * 24 * 60)
  freezeMinutes!: number;

  @IsDefined() @IsBoolean()
  practice!: boolean;

  @IsDefined() @IsInt() @Min(0) @Max(120)
  graceSeconds!: number;

  /** Defaults to 20 when left out. */
  @IsOptional() @IsInt() @Min(5) @Max(600)
  questionSeconds!: number;

  /** Defaults to true when left out. */
  @IsOptional() @IsBoolean()
  speedScoring!: boolean;

  /** Defaults to 1. */
  @IsOptional() @IsIn([1, 2])
  essayJudges?: 1 | 2;

  /** Points; defaults to 1. */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @MaxDecimalPlaces(2) @Min(0) @Max(100)
  essayMargin?: number;

  /** Defaults to 3; 0 means no appeals. */
  @IsOptional() @IsInt() @Min(0) @Max(60)
  appealDays?: number;
}

export class UpdateRoundDto extends PartialType(RoundInputDto) {}
