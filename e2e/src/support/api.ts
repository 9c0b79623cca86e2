import type { APIRequestContext } from '@playwright/test';
import type { SessionResponse } from '@reform-quiz/contracts';
import { DEMO_PASSWORD } from './server';

let sequence = 0;

/** A mobile number unused in this run: 09 + 8 digits from the clock and a counter. */
export function uniquePhone(): string {
  sequence += 1;
  return `09${String((Date.now() % 1_000_000) * 100 + sequence).padStart(8, '0').slice(-8)}`;
}

export async function apiLogin(request: APIRequestContext, login: string, password = DEMO_PASSWORD): Promise<SessionResponse> {
  const res = await request.post('/api/v1/auth/login', { data: { login, password } });
  if (!res.ok()) throw new Error(`login ${login}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as SessionResponse;
}
