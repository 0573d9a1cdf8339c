// The parts of autocannon 9 that scripts/load.ts uses (the package ships no types, and
// @types/autocannon describes version 7).
declare module 'autocannon' {
  interface RawRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }

  interface RequestStep {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    /** Builds the next request from what the connection knows; a falsy value starts the sequence again, with a fresh context. */
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests per second from all connections together (no limit by default). */
    overallRate?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    requests?: RequestStep[];
  }

  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    sent: number;
    p50: number;
    p90: number;
    p99: number;
    p99_9: number;
  }

  interface Result {
    duration: number;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    resets: number;
  }

  interface Instance extends Promise<Result> {
    stop(): void;
    /** Every failed request: a connection error, or a timeout (message "request timed out"). */
    on(event: 'reqError', listener: (error: Error & { code?: string }) => void): this;
  }

  function autocannon(options: Options): Instance;
  export = autocannon;
}
