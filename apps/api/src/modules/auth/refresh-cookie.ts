import { Inject, Injectable } from '@nestjs/common';
import { REFRESH_COOKIE } from '@reform-quiz/contracts';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

/** The refresh token lives in an HttpOnly cookie scoped to the auth routes, out of reach of page scripts. */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(reply: FastifyReply, token: string): void {
    void reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'strict',
      path: '/api/v1/auth',
      maxAge: this.config.refreshTokenTtlSeconds,
    });
  }

  clear(reply: FastifyReply): void {
    void reply.clearCookie(REFRESH_COOKIE, { path: '/api/v1/auth' });
  }
}
