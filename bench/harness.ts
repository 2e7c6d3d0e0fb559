import autocannon from 'autocannon';

/** One measured load: requests per second and latency percentiles (ms). */
export interface Figure {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
export const BENCH_CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

export async function load(name: string, url: string, headers: Record<string, string> = {}): Promise<Figure> {
  const result = await autocannon({ url, connections: BENCH_CONNECTIONS, duration: BENCH_SECONDS, headers });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Prints the figures as a table, each with its ratio to the baseline measured in the same run. */
export function printTable(title: string, baseline: Figure, figures: Figure[]): void {
  console.log(`\n${title}`);
  console.table(
    [baseline, ...figures].map((f) => ({
      benchmark: f.name,
      'req/s': f.requestsPerSecond,
      'p50 ms': f.p50,
      'p99 ms': f.p99,
      errors: f.errors,
      'ratio to baseline': (f.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
    })),
  );
}
