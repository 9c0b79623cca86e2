import type { LivePhase } from '@reform-quiz/contracts';

/** What the bench asks of one swarm process. Each process handles one command at a time and answers it with one reply. */
export type SwarmCommand =
  /** Anonymous sockets subscribing to one round's board. */
  | { type: 'audience'; url: string; roundId: number; count: number }
  /** Signed-in sockets joining a live session as players. */
  | { type: 'players'; url: string; code: string; tokens: string[] }
  /** Every player answers the open question at a random moment within the window. */
  | { type: 'answer'; sessionId: string; questionId: string; optionIds: string[]; windowMs: number }
  /** Resolves once every player has seen a state in this phase. */
  | { type: 'await-phase'; phase: LivePhase; timeoutMs: number }
  /** The audience's board deliveries so far; then they start over. */
  | { type: 'collect' };

export interface ReadyReply {
  type: 'ready';
  connected: number;
  failed: number;
  /** From starting to connect to the first snapshot (audience) or the join's reply (players), per socket. */
  latencies: number[];
  errors: string[];
  /** Audience: the size of the JSON of one snapshot, in bytes. */
  snapshotBytes?: number;
}

export interface AnsweredReply {
  type: 'answered';
  latencies: number[];
  accepted: number;
  refused: number;
  errors: string[];
  /** This client process's own event-loop delay while answering (p99, ms). */
  clientLoopP99Ms: number;
}

export interface PhaseReply {
  type: 'phase-seen';
  /** When the last of this process's players saw the phase (epoch ms), and how many did. */
  lastAt: number;
  seen: number;
}

export interface DeliveriesReply {
  type: 'deliveries';
  /** Per update received: arrival time minus the server's `sentAt`, in ms. */
  latencies: number[];
  /** Updates whose sequence number skipped one or more. */
  gaps: number;
  /** This client process's own event-loop delay meanwhile (p99, ms): latency the clients add themselves. */
  clientLoopP99Ms: number;
}

export type SwarmReply = ReadyReply | AnsweredReply | PhaseReply | DeliveriesReply | { type: 'failed'; error: string };
