import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/errors/app-error';
import { REDIS } from '../../common/redis/redis.module';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

const HOUR = 3600;

/**
 * Counts failed logins per account and per client address over an hour and
 * refuses further tries past the limit. Counters live in Redis when there is
 * one (shared by every API process), in memory otherwise; if Redis fails the
 * in-memory counters take over rather than letting logins through unchecked.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis | null) {
    const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: HOUR });
      return redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration: HOUR, insuranceLimiter: memory }) : memory;
    };
    this.perAccount = make('login_fail_account', config.loginFailuresPerAccount);
    this.perAddress = make('login_fail_address', config.loginFailuresPerAddress);
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
