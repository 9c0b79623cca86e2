import type { Category } from '@reform-quiz/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import type { BenchDb, Row } from '../stack/bench-db';
import { accessToken } from './access-token';

export interface SeededEntrant {
  id: string;
  category: Category;
  /** Null when the entrant was seeded without a session (ranking rows only). */
  token: string | null;
}

let made = 0;

/**
 * Participants written straight into the database, copied from the demo
 * entrant (so every column the schema has is filled as registration fills it),
 * half civil servants and half citizens, each with an open session and a
 * signed token when asked. Registration itself (argon2) is not what is measured.
 */
export async function seedEntrants(db: BenchDb, secret: string, count: number, withSessions: boolean): Promise<SeededEntrant[]> {
  const [template] = await db.query('SELECT * FROM users WHERE email = ?', ['entrant1@demo.local']);
  if (!template) throw new Error('the demo entrant is missing: is the API in demo mode?');
  const now = Date.now();
  const users: Row[] = [];
  const sessions: Row[] = [];
  const entrants: SeededEntrant[] = [];
  for (let i = 0; i < count; i++) {
    made += 1;
    const id = randomUUID();
    const fullName = `Thí Sinh Số ${made}`;
    const email = `bench-${made}@bench.local`;
    const category: Category = made % 2 === 0 ? 'citizen' : 'civil_servant';
    users.push({ ...template, id, full_name: fullName, search_text: `thi sinh so ${made} ${email}`, phone: null, email, national_id: null, category, created_at: now, updated_at: now });
    if (!withSessions) {
      entrants.push({ id, category, token: null });
      continue;
    }
    const sessionId = randomUUID();
    sessions.push({
      id: sessionId,
      user_id: id,
      token_hash: randomBytes(32).toString('hex'),
      previous_token_hash: null,
      rotated_at: null,
      created_at: now,
      expires_at: now + 90 * 86_400_000,
      revoked_at: null,
      revoke_reason: null,
      ip: null,
      user_agent: null,
    });
    entrants.push({ id, category, token: accessToken(secret, { sub: id, sid: sessionId, role: 'participant' }) });
  }
  await db.insert('users', users);
  if (sessions.length > 0) await db.insert('sessions', sessions);
  return entrants;
}
