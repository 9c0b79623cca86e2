import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { deploymentKey } from './broadcast';
import { REDIS } from './redis.token';

/**
 * Rate limiters whose counters live in Redis when there is one, shared by
 * every API process of this deployment, with in-memory counters standing in
 * while Redis is away (never letting requests through unchecked). Keys are
 * scoped to the deployment (its database): another deployment on the same
 * Redis server keeps counters of its own.
 */
@Injectable()
export class RateLimiters {
  private readonly deployment: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis | null,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.deployment = deploymentKey(config);
  }

  /** `points` per key in every window of `durationSeconds`. */
  create(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const options = { keyPrefix: `${name}:${this.deployment}`, points, duration: durationSeconds };
    const memory = new RateLimiterMemory(options);
    return this.redis ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: memory }) : memory;
  }
}
