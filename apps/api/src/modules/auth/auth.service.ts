import { Inject, Injectable } from '@nestjs/common';
import type { Profile, SessionResponse } from '@reform-quiz/contracts';
import { birthDateProblem, normalizePhone } from '@reform-quiz/domain';
import { randomUUID } from 'node:crypto';
import type { Caller } from '../../common/auth/access.decorator';
import { Clock } from '../../common/clock';
import { validationFailed } from '../../common/errors/app-error';
import type { RequestMeta } from '../../common/http/request-meta';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { uniqueViolationColumn } from '../../database/db-errors';
import { Transactions } from '../../database/transactions';
import { UnitsService } from '../units/units.service';
import { SessionEntity } from '../users/session.entity';
import { SessionsRepository } from '../users/sessions.repository';
import { UserEntity } from '../users/user.entity';
import { toProfile } from '../users/user.mapper';
import { UniqueField, UsersRepository, userSearchText } from '../users/users.repository';
import {
  accountDisabled,
  emailTaken,
  invalidCredentials,
  nationalIdTaken,
  phoneTaken,
  refreshTokenInvalid,
  refreshTokenReused,
  wrongPassword,
} from './auth.errors';
import { RegisterDto } from './dto/register.dto';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher.service';
import { RegistrationThrottle } from './registration-throttle.service';
import { hashRefreshToken, TokensService } from './tokens.service';

/** Two tabs refreshing at once present the same token; the loser may retry with the new cookie within this window. */
const REFRESH_RACE_GRACE_MS = 10_000;

const TAKEN = { phone: phoneTaken, email: emailTaken, nationalId: nationalIdTaken } satisfies Record<UniqueField, () => Error>;
const COLUMN_FIELDS: Record<string, UniqueField> = { phone: 'phone', email: 'email', national_id: 'nationalId' };

/** What auth hands the controller: the body, and the refresh token to put in the cookie. */
export interface IssuedSession {
  body: SessionResponse;
  refreshToken: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly units: UnitsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    private readonly registrations: RegistrationThrottle,
    private readonly clock: Clock,
    private readonly tx: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterDto, meta: RequestMeta): Promise<IssuedSession> {
    await this.registrations.consume(meta.ip);
    const ageProblem = birthDateProblem(input.dateOfBirth, new Date(this.clock.now()), this.config.minEntrantAge);
    if (ageProblem) {
      throw validationFailed([
        {
          field: 'dateOfBirth',
          code: ageProblem,
          message: ageProblem === 'TOO_YOUNG' ? `entrants must be at least ${this.config.minEntrantAge}` : 'not a possible birth date',
        },
      ]);
    }
    if (!(await this.units.exists(input.unitId))) {
      throw validationFailed([{ field: 'unitId', code: 'INVALID_VALUE', message: `unit ${input.unitId} does not exist` }]);
    }
    const taken = await this.users.takenField(input);
    if (taken) throw TAKEN[taken]();

    const now = this.clock.now();
    const user = Object.assign(new UserEntity(), {
      id: randomUUID(),
      role: 'participant' as const,
      status: 'active' as const,
      fullName: input.fullName,
      phone: input.phone,
      email: input.email ?? null,
      nationalId: input.nationalId ?? null,
      dateOfBirth: input.dateOfBirth,
      gender: input.gender,
      category: input.category,
      unitId: input.unitId,
      addressDistrict: input.address?.district ?? null,
      addressCommune: input.address?.commune ?? null,
      addressDetail: input.address?.detail ?? null,
      passwordHash: await this.hasher.hash(input.password),
      consentAt: now,
      createdAt: now,
      updatedAt: now,
    });
    user.searchText = userSearchText(user);
    try {
      await this.users.insert(user);
    } catch (error) {
      // Two registrations racing for the same phone: the database decides.
      const field = COLUMN_FIELDS[uniqueViolationColumn(error) ?? ''];
      if (field) throw TAKEN[field]();
      throw error;
    }
    return this.openSession(user.id, meta);
  }

  async login(login: string, password: string, meta: RequestMeta): Promise<IssuedSession> {
    const key = login.includes('@') ? login.trim().toLowerCase() : normalizePhone(login);
    await this.throttle.assertAllowed(key, meta.ip);
    const user = key.includes('@') ? await this.users.findByEmail(key) : await this.users.findByPhone(key);
    if (!(await this.hasher.verify(user?.passwordHash ?? null, password)) || !user) {
      await this.throttle.recordFailure(key, meta.ip);
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(key);
    if (user.status !== 'active') throw accountDisabled();
    return this.openSession(user.id, meta);
  }

  async refresh(rawToken: string | undefined): Promise<IssuedSession> {
    if (!rawToken) throw refreshTokenInvalid();
    const hash = hashRefreshToken(rawToken);
    const now = this.clock.now();
    const session = await this.sessions.findByTokenHash(hash);
    if (!session) {
      const previous = await this.sessions.findByPreviousTokenHash(hash);
      if (previous && previous.revokedAt === null && now - (previous.rotatedAt ?? 0) > REFRESH_RACE_GRACE_MS) {
        // An old token came back long after it was replaced: someone else may hold it.
        await this.sessions.revoke(previous.id, 'refresh_token_reused', now);
        throw refreshTokenReused();
      }
      throw refreshTokenInvalid();
    }
    if (session.revokedAt !== null || session.expiresAt <= now) throw refreshTokenInvalid();
    if (session.user.status !== 'active') throw accountDisabled();

    const next = this.tokens.newRefreshToken();
    const rotated = await this.sessions.rotate(session.id, hash, next.hash, now, now + this.config.refreshTokenTtlSeconds * 1000);
    if (!rotated) throw refreshTokenInvalid();
    return this.issue(session.userId, session.id, next.raw);
  }

  /** Ends the session named by the refresh token or the caller's access token, whichever is present. */
  async logout(rawToken: string | undefined, caller: Caller | undefined): Promise<void> {
    const now = this.clock.now();
    if (caller) await this.sessions.revoke(caller.sessionId, 'logout', now);
    if (rawToken) {
      const session = await this.sessions.findByTokenHash(hashRefreshToken(rawToken));
      if (session) await this.sessions.revoke(session.id, 'logout', now);
    }
  }

  async profile(userId: string): Promise<Profile> {
    const user = await this.users.findById(userId);
    if (!user) throw invalidCredentials();
    return toProfile(user);
  }

  /** Changing the password signs out every other session. */
  async changePassword(caller: Caller, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findById(caller.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) throw wrongPassword();
    const passwordHash = await this.hasher.hash(newPassword);
    await this.tx.run(async () => {
      const now = this.clock.now();
      await this.users.update(user.id, { passwordHash, updatedAt: now });
      await this.sessions.revokeAllForUser(user.id, 'password_changed', now, caller.sessionId);
    });
  }

  private async openSession(userId: string, meta: RequestMeta): Promise<IssuedSession> {
    const now = this.clock.now();
    const refresh = this.tokens.newRefreshToken();
    const session = Object.assign(new SessionEntity(), {
      id: randomUUID(),
      userId,
      tokenHash: refresh.hash,
      previousTokenHash: null,
      rotatedAt: null,
      createdAt: now,
      expiresAt: now + this.config.refreshTokenTtlSeconds * 1000,
      revokedAt: null,
      revokeReason: null,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await this.sessions.insert(session);
    return this.issue(userId, session.id, refresh.raw);
  }

  private async issue(userId: string, sessionId: string, refreshToken: string): Promise<IssuedSession> {
    const user = await this.users.findById(userId);
    if (!user) throw invalidCredentials();
    const access = this.tokens.issueAccessToken({ sub: user.id, sid: sessionId, role: user.role });
    return {
      refreshToken,
      body: { accessToken: access.token, tokenType: 'Bearer', expiresAt: new Date(access.expiresAt).toISOString(), user: toProfile(user) },
    };
  }
}
