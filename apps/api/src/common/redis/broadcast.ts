import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { REDIS } from './redis.token';

/** A key that tells this deployment (its database) apart from others sharing a Redis server. */
export function deploymentKey(config: AppConfig): string {
  return createHash('sha256').update(JSON.stringify(config.database)).digest('hex').slice(0, 12);
}

interface Listener {
  receive: (message: string) => void;
  /** Messages may have been missed (the subscription was down): start over. */
  missed: () => void;
}

/**
 * Messages to every API process of this deployment, this one included, over
 * Redis pub/sub — for forgetting cached rows another process changed. Without
 * Redis there is one process and messages stay in it. `listening` says
 * whether messages arrive now: a cache must not be trusted while they do not.
 */
@Injectable()
export class Broadcast implements OnApplicationShutdown {
  private readonly logger = new Logger(Broadcast.name);
  private readonly listeners = new Map<string, Listener[]>();
  private readonly prefix: string;
  private readonly subscriber: Redis | null;
  private subscribed = false;

  constructor(@Inject(REDIS) private readonly redis: Redis | null, @Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `broadcast:${deploymentKey(config)}:`;
    this.subscriber = redis?.duplicate({ maxRetriesPerRequest: null }) ?? null;
    if (!this.subscriber) return;
    this.subscriber.on('error', (error: Error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    this.subscriber.on('ready', () => {
      // Once (re)subscribed, nothing sent while we were away can be replayed: every listener starts over.
      void this.subscriber?.psubscribe(`${this.prefix}*`).then(() => {
        this.subscribed = true;
        for (const list of this.listeners.values()) for (const l of list) l.missed();
      });
    });
    this.subscriber.on('close', () => (this.subscribed = false));
    this.subscriber.on('pmessage', (_pattern: string, channel: string, message: string) => this.deliver(channel.slice(this.prefix.length), message));
  }

  get listening(): boolean {
    return this.subscriber === null || this.subscribed;
  }

  on(topic: string, receive: Listener['receive'], missed: Listener['missed']): void {
    this.listeners.set(topic, [...(this.listeners.get(topic) ?? []), { receive, missed }]);
  }

  /** Sends to every process; a lost message is covered by `missed` on the processes that could not hear it. */
  publish(topic: string, message: string): void {
    // Here at once; the others through Redis (this process hears it again from there: listeners take it twice harmlessly).
    this.deliver(topic, message);
    this.redis?.publish(this.prefix + topic, message).catch((error: Error) => this.logger.warn(`Redis publish: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  private deliver(topic: string, message: string): void {
    for (const l of this.listeners.get(topic) ?? []) l.receive(message);
  }
}
