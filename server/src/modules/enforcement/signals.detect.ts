import { OUTLIER_MIN_PEERS, OUTLIER_MIN_SAMPLE, OUTLIER_SD_FLOOR, OUTLIER_Z } from './enforcement.rules.js';

export type OutlierMetric = keyof typeof OUTLIER_SD_FLOOR;

export interface InstitutionFigure {
  institutionId: string;
  cityCode: string;
  value: number;
  sample: number;
}

export interface Outlier extends InstitutionFigure {
  metric: OutlierMetric;
  peerMean: number;
  peerSd: number;
  peers: number;
  z: number;
}

/**
 * Institutions far from their city (issue 8 §3): a leave-one-out z-score, each
 * institution against the other institutions of its city, so a single outlier
 * does not pull the mean toward itself. Pure, for unit tests and replay.
 */
export function cityOutliers(metric: OutlierMetric, figures: InstitutionFigure[]): Outlier[] {
  const usable = figures.filter((f) => f.sample >= OUTLIER_MIN_SAMPLE);
  const out: Outlier[] = [];
  for (const f of usable) {
    const peers = usable.filter((p) => p.cityCode === f.cityCode && p.institutionId !== f.institutionId).map((p) => p.value);
    if (peers.length < OUTLIER_MIN_PEERS) continue;
    const peerMean = peers.reduce((s, v) => s + v, 0) / peers.length;
    const sd = Math.sqrt(peers.reduce((s, v) => s + (v - peerMean) ** 2, 0) / peers.length);
    const peerSd = Math.max(sd, OUTLIER_SD_FLOOR[metric]);
    const z = (f.value - peerMean) / peerSd;
    if (Math.abs(z) >= OUTLIER_Z) out.push({ ...f, metric, peerMean, peerSd, peers: peers.length, z: Math.round(z * 100) / 100 });
  }
  return out;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The whole Shanghai days before `now`: [from, to), `to` being today's 00:00 Asia/Shanghai. */
export function pastDays(now: Date, days: number): { from: Date; to: Date } {
  const todayStart = Math.floor((now.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS;
  return { from: new Date(todayStart - days * DAY_MS), to: new Date(todayStart) };
}
