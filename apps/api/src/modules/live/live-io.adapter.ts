import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import type { AppConfig } from '../../config/app-config';

/**
 * Socket.IO on the API's own port. With REDIS_URL the Redis adapter joins the
 * API processes, so a room spans all of them (a player on one, the projector
 * on another). WebSocket first, long-polling as the fallback for networks that
 * block it. If Redis drops, each process keeps serving its own sockets.
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Live');
  private clients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, {
      ...options,
      transports: ['websocket', 'polling'],
      // Same origin by default; CORS_ORIGINS widens it as for the REST API.
      cors: this.config.corsOrigins.length ? { origin: this.config.corsOrigins, credentials: true } : undefined,
      pingInterval: 20_000,
      pingTimeout: 20_000,
      maxHttpBufferSize: 16 * 1024,
      connectionStateRecovery: undefined,
    });
    if (this.config.redisUrl) {
      const options = { maxRetriesPerRequest: null, enableOfflineQueue: true } as const;
      const pub = new Redis(this.config.redisUrl, options);
      const sub = pub.duplicate();
      for (const client of [pub, sub]) client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
      this.clients = [pub, sub];
      server.adapter(createAdapter(pub, sub));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    for (const client of this.clients) client.disconnect();
  }
}
