import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { Role } from '@reform-quiz/contracts';
import { LRUCache } from 'lru-cache';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../../common/clock';
import { tokenExpired } from './auth.errors';
import { unauthenticated } from '../../common/errors/app-error';

export interface AccessClaims {
  sub: string;
  sid: string;
  role: Role;
}

/** Tokens whose signature was checked, kept so a request with a token seen before skips the HMAC and the JSON (every answer save has one). */
const VERIFIED_TOKENS = 50_000;

/** Short-lived signed access tokens and opaque refresh tokens (stored only as hashes). */
@Injectable()
export class TokensService {
  private readonly verified = new LRUCache<string, AccessClaims & { exp: number }>({ max: VERIFIED_TOKENS });

  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issueAccessToken(claims: AccessClaims): { token: string; expiresAt: number } {
    const iat = Math.floor(this.clock.now() / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    return { token: this.jwt.sign({ ...claims, iat, exp }), expiresAt: exp * 1000 };
  }

  verifyAccessToken(token: string): AccessClaims {
    const now = Math.floor(this.clock.now() / 1000);
    const known = this.verified.get(token);
    if (known) {
      // The same bytes were verified before; only time can have changed (as jsonwebtoken judges it).
      if (now >= known.exp) throw tokenExpired();
      return known;
    }
    try {
      const claims = this.jwt.verify<AccessClaims & { exp: number }>(token, { clockTimestamp: now });
      if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') throw unauthenticated('Malformed access token');
      this.verified.set(token, claims);
      return claims;
    } catch (error) {
      if (error instanceof TokenExpiredError) throw tokenExpired();
      throw unauthenticated('Invalid access token');
    }
  }

  newRefreshToken(): { raw: string; hash: string } {
    const raw = randomBytes(32).toString('base64url');
    return { raw, hash: hashRefreshToken(raw) };
  }
}

export function hashRefreshToken(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}
