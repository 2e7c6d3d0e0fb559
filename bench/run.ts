import { benchDraw } from './draw.bench.js';
import { benchCertificates } from './certificates.bench.js';
import { benchFaceCalibration } from './face-calibration.bench.js';
import { benchHeartbeat } from './heartbeat.bench.js';
import { benchMe } from './me.bench.js';
import { benchSupervision } from './supervision.bench.js';

/**
 * `npm run bench`: prints figures and ratios against baselines measured in the
 * same run. Set DATABASE_URL to measure on PostgreSQL instead of the embedded
 * PGlite; BENCH_SECONDS and BENCH_CONNECTIONS size the load.
 */
const benches: Record<string, () => Promise<void>> = { me: benchMe, heartbeat: benchHeartbeat, face: benchFaceCalibration, draw: benchDraw, certificates: benchCertificates, supervision: benchSupervision };

const only = process.argv[2];
for (const [name, run] of Object.entries(benches)) {
  if (!only || only === name) await run();
}
