import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface AttemptFinalized {
  attemptId: string;
  roundId: number;
}

/** What happens to attempts, for whoever keeps a view of them (the live boards). */
@Injectable()
export class AttemptEvents {
  readonly finalized$ = new Subject<AttemptFinalized>();
}
