import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { crossSiteRequest } from './auth.errors';

/**
 * CSRF protection for the two routes a cookie authenticates (refresh and
 * logout, where the refresh token may come from its HttpOnly cookie). The
 * cookie is already `SameSite=Strict` and scoped to /api/v1/auth; on top of
 * that, a request that relies on it must
 *  - be sent as JSON, which a page of another site cannot do without the
 *    browser asking this server first (CORS preflight), and
 *  - not come from another origin, as the browser reports it (`Origin`,
 *    `Sec-Fetch-Site`): only this site's own origin, PUBLIC_URL and
 *    CORS_ORIGINS count.
 * Clients that send the refresh token in the body (no cookie) are not
 * affected: nothing ambient authenticates them.
 */
@Injectable()
export class SameOriginCheck {
  private readonly allowed: Set<string>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.allowed = new Set([...config.corsOrigins, config.publicUrl].map((o) => originOf(o)).filter((o): o is string => o !== null));
  }

  assertCookieRequest(request: FastifyRequest): void {
    const type = String(request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') throw crossSiteRequest('send it as application/json');
    if (request.headers['sec-fetch-site'] === 'cross-site') throw crossSiteRequest('the browser reports a cross-site request');
    const origin = request.headers['origin'];
    if (origin === undefined) return;
    const from = typeof origin === 'string' ? originOf(origin) : null;
    // This site's own origin, as the Host header (or X-Forwarded-Host behind a trusted proxy) names it.
    const own = [`${request.protocol}://${request.host}`, `http://${request.host}`, `https://${request.host}`].map(originOf);
    if (from === null || !(this.allowed.has(from) || own.includes(from))) throw crossSiteRequest(`origin ${String(origin).slice(0, 100)} is not this site`);
  }
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
