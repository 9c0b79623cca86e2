import { Clock } from '../../src/common/clock';

/** A clock the test moves by hand. Starts at the real time. */
export class FakeClock extends Clock {
  private current = Date.now();

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(ms: number): void {
    this.current = ms;
  }
}
