import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** Where a request came from, for sessions, throttling and the audit log. */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  /** The web app's `X-Device-Id`: a random id it keeps per browser, for the shared-device check. */
  deviceId?: string | null;
}

const DEVICE_ID = /^[A-Za-z0-9_-]{8,64}$/;

export const ReqMeta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  const ua = request.headers['user-agent'];
  const device = request.headers['x-device-id'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null, deviceId: typeof device === 'string' && DEVICE_ID.test(device) ? device : null };
});
