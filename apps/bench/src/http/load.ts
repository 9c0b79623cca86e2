import autocannon from 'autocannon';

export interface NextRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  token?: string;
  body?: unknown;
}

export interface LoadSpec {
  baseUrl: string;
  connections: number;
  /** Either a duration or a number of requests. */
  seconds?: number;
  amount?: number;
  /** Requests per second over all connections; latencies are then corrected for coordinated omission. */
  rate?: number;
  /** Called once per request: what to send next. */
  next: () => NextRequest;
}

export interface LoadResult {
  requests: number;
  /** Successful (2xx) responses per second. */
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
  /** A few of the error responses, to say what went wrong. */
  samples: string[];
}

/** HTTP load with autocannon; every request is built by `next` (path, token, JSON body). */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const samples: string[] = [];
  const result = await autocannon({
    url: spec.baseUrl,
    connections: spec.connections,
    // autocannon validates a key even when it is undefined.
    ...(spec.amount === undefined ? { duration: spec.seconds } : { amount: spec.amount }),
    ...(spec.rate !== undefined && { overallRate: spec.rate }),
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const next = spec.next();
          const headers: Record<string, string> = { ...(request.headers as Record<string, string>) };
          if (next.token) headers['authorization'] = `Bearer ${next.token}`;
          if (next.body !== undefined) headers['content-type'] = 'application/json';
          return { ...request, method: next.method, path: `/api/v1${next.path}`, headers, body: next.body === undefined ? undefined : JSON.stringify(next.body) };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status > 299) && samples.length < 5) samples.push(`${status} ${body.slice(0, 200)}`);
        },
      },
    ],
  });
  const requests = result.requests.total;
  return {
    requests,
    perSecond: Math.round(((requests - result.non2xx) / Math.max(result.duration, 0.001)) * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts + result.non2xx,
    samples,
  };
}
