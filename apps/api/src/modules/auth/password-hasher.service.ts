import { Injectable, OnModuleInit } from '@nestjs/common';
import argon2 from 'argon2';

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes): strong, and cheap enough for a last-day login rush. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher implements OnModuleInit {
  /** Verified against when the login names no account, so both paths take the same time. */
  private dummyHash = '';

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.hash('reform-quiz-timing-equaliser');
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFC'), OPTIONS);
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const ok = await argon2.verify(hash ?? this.dummyHash, password.normalize('NFC'));
      return ok && hash !== null;
    } catch {
      return false;
    }
  }
}
