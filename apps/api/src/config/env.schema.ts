import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  const v = String(value).toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value; // left as a string so @IsBoolean reports it
};
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? value.split(',').map((s) => s.trim()) : undefined;

/**
 * The environment the API accepts, validated at boot. Property names are the
 * variable names so that an error names the variable to fix.
 */
export class EnvSchema {
  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString()
  HOST?: string;

  @IsOptional() @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @IsString() @MinLength(1)
  SQLITE_PATH?: string;

  @IsOptional() @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'must be true or false' })
  DEMO?: boolean;

  @IsOptional() @IsString() @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(3600)
  ACCESS_TOKEN_TTL?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(3600) @Max(180 * 24 * 3600)
  REFRESH_TOKEN_TTL?: number;

  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'must be true or false' })
  COOKIE_SECURE?: boolean;

  @IsOptional() @Transform(toList) @Matches(/^https?:\/\/[^/]+$/, { each: true, message: 'must list origins like https://example.org' })
  CORS_ORIGINS?: string[];

  @IsOptional() @Transform(toBool) @IsBoolean({ message: 'must be true or false' })
  TRUST_PROXY?: boolean;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional() @IsString()
  WEB_DIST?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  LOGIN_FAILURES_PER_ACCOUNT?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100000)
  LOGIN_FAILURES_PER_ADDRESS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(100)
  MIN_ENTRANT_AGE?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(3600)
  ATTEMPT_SWEEP_SECONDS?: number;

  @IsOptional() @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'must be the public http(s) address of the app, e.g. https://cuocthi.example.vn' })
  PUBLIC_URL?: string;

  @IsOptional() @IsString() @MinLength(2)
  CERTIFICATE_PLACE?: string;
}
