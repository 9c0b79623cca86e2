import { Injectable } from '@nestjs/common';

/**
 * The server's clock. Everything that depends on time asks it, so tests can
 * move time without sleeping.
 */
export abstract class Clock {
  /** Milliseconds since the epoch. */
  abstract now(): number;
}

@Injectable()
export class SystemClock extends Clock {
  now(): number {
    return Date.now();
  }
}
