export type DependencyStatus = 'up' | 'down' | 'disabled';

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  /** Server time; clients use it to measure their clock offset. */
  serverNow: string;
  version: string;
  database: { status: DependencyStatus; driver: 'sqlite' | 'postgres'; latencyMs?: number };
  redis: { status: DependencyStatus; latencyMs?: number };
}
