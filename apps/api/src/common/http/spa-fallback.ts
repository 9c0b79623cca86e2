import { Inject, Injectable } from '@nestjs/common';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/**
 * The web app is a single-page app: a browser navigating to /profile or
 * /admin/users gets index.html and the client router takes over. API paths
 * and missing files (anything with an extension) stay 404s.
 */
@Injectable()
export class SpaFallback {
  private readonly indexHtml: string | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const file = config.webDist ? join(config.webDist, 'index.html') : null;
    this.indexHtml = file && existsSync(file) ? readFileSync(file, 'utf8') : null;
  }

  get available(): boolean {
    return this.indexHtml !== null;
  }

  serves(request: FastifyRequest): boolean {
    if (!this.indexHtml || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    const path = request.url.split('?')[0];
    return !path.startsWith('/api/') && path !== '/api' && !/\.[a-z0-9]+$/i.test(path);
  }

  send(reply: FastifyReply): void {
    void reply.status(200).header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(this.indexHtml);
  }
}
