import type { Role } from '@reform-quiz/contracts';
import { createHmac } from 'node:crypto';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An access token as the API signs it (HS256 over { sub, sid, role, iat, exp })
 * with the secret the bench gave the API. Logging in thousands of entrants
 * would measure argon2, not the contest; the session row still has to exist.
 */
export function accessToken(secret: string, claims: { sub: string; sid: string; role: Role }, ttlSeconds = 6 * 3600): string {
  const iat = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ ...claims, iat, exp: iat + ttlSeconds })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
