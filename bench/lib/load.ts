/** autocannon wrapper: one run, reduced to the figures the load and soak benchmarks print. */
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  seconds: number;
}

export async function runLoad(opts: {
  url: string;
  connections: number;
  seconds: number;
  /** Paths each connection cycles through (default: the url's own path). */
  paths?: string[];
}): Promise<LoadResult> {
  // Without a callback autocannon returns its tracker (an EventEmitter with stop()) made thenable.
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    requests: opts.paths?.map((path) => ({ method: "GET", path })),
  }) as unknown as Promise<autocannon.Result> & { stop(): void };
  const stop = () => instance.stop();
  process.once("SIGINT", stop);
  const r = await instance;
  process.off("SIGINT", stop);
  return {
    rps: r.requests.average,
    total: r.requests.total,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    seconds: r.duration,
  };
}
