import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Server as HttpServer } from 'node:http';
import type { LiveServerEvents, ServerShutdown } from '@reform-quiz/contracts';
import type { Namespace } from 'socket.io';

/** How long in-flight requests may take to finish once the process is told to stop. */
export const DRAIN_TIMEOUT_MS = 10_000;

/**
 * What a live client is told just before its socket is closed for a shutdown
 * (a deploy or a restart): reconnect — the load balancer sends it to a
 * process that is up — after about this long.
 */
export const SHUTDOWN_EVENT = 'server:shutdown' satisfies keyof LiveServerEvents;
const RECONNECT_AFTER_MS = 500;

/**
 * Graceful shutdown (SIGTERM, or `app.close()`), before Nest disposes of
 * anything:
 *
 * 1. the health check turns 503, so a load balancer stops sending requests;
 * 2. the listening socket closes: no new connections are accepted, idle
 *    keep-alive connections are closed;
 * 3. every live socket is told to reconnect (`server:shutdown`) and its
 *    transport closed, which socket.io clients treat as a dropped connection
 *    to retry — never as "the server sent me away";
 * 4. requests in flight (answer saves waiting for their commit) finish and are
 *    answered, with `Connection: close`, before the database is closed; idle
 *    keep-alive connections are closed as they come to rest. After
 *    DRAIN_TIMEOUT_MS whatever is left is cut.
 *
 * Nest then closes Socket.IO, Fastify and the database as usual.
 */
@Injectable()
export class Drain implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Shutdown');
  private draining = false;
  private namespace: Namespace | null = null;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  get active(): boolean {
    return this.draining;
  }

  /** The live namespace, handed over by the shutdown gateway once Socket.IO starts. */
  attach(namespace: Namespace): void {
    this.namespace = namespace;
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    // While draining, every answer (to a request in flight, or one that still arrives on an open keep-alive connection) closes its connection after it.
    fastify?.addHook('onSend', (_request, reply, payload, done) => {
      if (this.draining) void reply.header('Connection', 'close');
      done(null, payload);
    });
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    const listening = server?.listening ?? false;
    if (signal) this.logger.log(`${signal}: draining`);
    const drained = listening && server ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();

    this.closeSockets();

    // Connections whose last answer went out before the drain began sit idle with keep-alive: close them as they come to rest.
    const reaper = listening && server ? setInterval(() => server.closeIdleConnections(), 50) : undefined;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      drained.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), DRAIN_TIMEOUT_MS);
      }),
    ]);
    clearTimeout(timer);
    clearInterval(reaper);
    if (timedOut && server) {
      this.logger.warn(`requests still open after ${DRAIN_TIMEOUT_MS} ms: closing them`);
      server.closeAllConnections();
    }
  }

  private closeSockets(): void {
    const namespace = this.namespace;
    if (!namespace) return;
    const hint: ServerShutdown = { reconnect: true, reconnectAfterMs: RECONNECT_AFTER_MS };
    for (const socket of namespace.sockets.values()) {
      socket.emit(SHUTDOWN_EVENT, hint);
      // Closing the transport (not `socket.disconnect()`) is what tells the client to reconnect by itself.
      socket.conn.close();
    }
  }
}
