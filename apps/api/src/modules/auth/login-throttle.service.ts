import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/errors/app-error';
import { RateLimiters } from '../../common/redis/rate-limiters';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const HOUR = 3600;

/**
 * Counts failed logins per account and per client address over an hour and
 * refuses further tries past the limit (counters shared through Redis: see
 * RateLimiters).
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, limiters: RateLimiters) {
    this.perAccount = limiters.create('login_fail_account', config.loginFailuresPerAccount, HOUR);
    this.perAddress = limiters.create('login_fail_address', config.loginFailuresPerAddress, HOUR);
  }

  /** Throws TOO_MANY_ATTEMPTS (with Retry-After) when either counter is spent. */
  async assertAllowed(account: string, address: string): Promise<void> {
    const waits = await Promise.all([
      this.waitMs(this.perAccount, account),
      this.waitMs(this.perAddress, address),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw tooManyRequests('TOO_MANY_ATTEMPTS', Math.ceil(wait / 1000));
  }

  async recordFailure(account: string, address: string): Promise<void> {
    // consume() rejects once the limit is passed; the next assertAllowed reports it.
    await Promise.allSettled([this.perAccount.consume(account), this.perAddress.consume(address)]);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.perAccount.delete(account).catch(() => undefined);
  }

  private async waitMs(limiter: RateLimiterAbstract, key: string): Promise<number> {
    const res: RateLimiterRes | null = await limiter.get(key).catch(() => null);
    return res && res.consumedPoints >= limiter.points ? res.msBeforeNext : 0;
  }
}
