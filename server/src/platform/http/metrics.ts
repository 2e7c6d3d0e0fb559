import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics at /metrics: default process metrics plus HTTP latency by route and status. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'xunkao_' });
  const httpDuration = new Histogram({
    name: 'xunkao_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  return {
    registry,
    observeRequest(method: string, route: string, status: number, seconds: number) {
      httpDuration.labels(method, route, String(status)).observe(seconds);
    },
    /** Requests and 5xx answers since this process started, for the operations view. */
    async requestTotals(): Promise<{ requests: number; serverErrors: number }> {
      const counts = (await httpDuration.get()).values.filter((v) => v.metricName === 'xunkao_http_request_duration_seconds_count');
      return {
        requests: counts.reduce((n, v) => n + v.value, 0),
        serverErrors: counts.filter((v) => Number(v.labels.status) >= 500).reduce((n, v) => n + v.value, 0),
      };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
