import { Injectable } from '@nestjs/common';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimiters } from '../../common/redis/rate-limiters';
import { tooManyRegistrations } from './auth.errors';

/**
 * Registrations per client address: generous enough for an office or a
 * commune desk that signs many people up behind one address, tight enough
 * that a script cannot mint accounts (or probe which phones are taken) by
 * the thousand. Every attempt that reaches the service counts, refused or
 * not. Counters live in Redis when there is one, shared by every API
 * process, with in-memory counters standing in while Redis is away.
 */
export const REGISTRATION_LIMIT = { perAddress: 30, windowSeconds: 10 * 60 } as const;

@Injectable()
export class RegistrationThrottle {
  private readonly perAddress: RateLimiterAbstract;

  constructor(limiters: RateLimiters) {
    this.perAddress = limiters.create('register_address', REGISTRATION_LIMIT.perAddress, REGISTRATION_LIMIT.windowSeconds);
  }

  /** Counts one registration from this address; throws TOO_MANY_REGISTRATIONS (with Retry-After) past the limit. */
  async consume(address: string): Promise<void> {
    try {
      await this.perAddress.consume(address);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw tooManyRegistrations(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
      throw refusal;
    }
  }
}
