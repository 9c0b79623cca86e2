/** How big each scenario is. The full run is what docs/benchmarks.md reports; quick mode only checks that everything completes. */
export interface Sizes {
  mode: 'full' | 'quick';
  /** Entrants with an attempt in progress on the weekly round: answer saves, the deadline crush and the fan-out driver use them. */
  entrants: number;
  /** Keep-alive connections of the HTTP load generator. */
  connections: number;
  /** Answer saves at a fixed rate (per second), and for how long. */
  saveRate: number;
  saveSeconds: number;
  /** Answer saves as fast as the server takes them, for how long. */
  maxSeconds: number;
  /** Entrants submitting within `crushWindowSeconds`, while the rest autosave at `crushAutosaveRate`. */
  crushSubmitters: number;
  crushWindowSeconds: number;
  crushAutosaveRate: number;
  /** Live players answering one question within `liveWindowMs`, one run per size. */
  livePlayers: number[];
  liveWindowMs: number;
  /** Anonymous sockets on one round's board, and how long snapshots are driven at about 1 Hz. */
  audienceSockets: number;
  audienceSeconds: number;
  /** Client processes the socket swarms are spread over. */
  swarmProcesses: number;
  /** Finished attempts on the ranked round, and how many requests measure each ranking call. */
  rankingEntrants: number;
  rankingRequests: number;
  /** Seconds the bare-Fastify baseline runs at full speed. */
  baselineSeconds: number;
}

export const FULL: Sizes = {
  mode: 'full',
  entrants: 2_000,
  connections: 100,
  saveRate: 2_500,
  saveSeconds: 20,
  maxSeconds: 15,
  crushSubmitters: 1_000,
  crushWindowSeconds: 5,
  crushAutosaveRate: 1_000,
  livePlayers: [1_000, 5_000],
  liveWindowMs: 2_000,
  audienceSockets: 10_000,
  audienceSeconds: 20,
  swarmProcesses: 4,
  rankingEntrants: 100_000,
  rankingRequests: 10,
  baselineSeconds: 10,
};

export const QUICK: Sizes = {
  mode: 'quick',
  entrants: 60,
  connections: 10,
  saveRate: 200,
  saveSeconds: 2,
  maxSeconds: 2,
  crushSubmitters: 20,
  crushWindowSeconds: 1,
  crushAutosaveRate: 100,
  livePlayers: [30],
  liveWindowMs: 500,
  audienceSockets: 60,
  audienceSeconds: 3,
  swarmProcesses: 2,
  rankingEntrants: 2_000,
  rankingRequests: 3,
  baselineSeconds: 2,
};
