import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/database.js';
import type { IntegritySignalsTable } from '../../platform/db/schema.js';
import type { Actor } from '../../platform/http/access.js';
import { EnforcementErrors } from './enforcement.errors.js';
import { OUTLIER_WINDOW_DAYS, SHARED_DEVICE_MIN_LEARNERS, SHARED_IP_MIN_LEARNERS, SIGNAL_LOOKBACK_DAYS } from './enforcement.rules.js';
import { viewerOf, type Viewer } from './enforcement.scope.js';
import { cityOutliers, pastDays, type OutlierMetric } from './signals.detect.js';
import * as repo from './signals.repository.js';

export type SignalKind = IntegritySignalsTable['kind'];

export const SIGNAL_TEXT: Record<SignalKind, string> = {
  shared_face: '同一人脸登记在不同身份证号下（疑似代学）',
  shared_device: '同一设备或网络地址同时为多名学员学习（疑似代学）',
  impossible_rate: '学时累计速度超出实际可能（超过每日上限或超过在线时长）',
  odd_hours: '长时间在凌晨 0–5 时学习',
  face_failures: '同一天多次人脸核验未通过',
  institution_outlier: '机构学员的考核通过率或学时规律明显偏离本市其他机构',
};

const METRIC_TEXT: Record<OutlierMetric, string> = { pass_rate: '考核通过率', seconds_per_learner_day: '学员日均网络学时（秒）' };

/**
 * Fraud signals (issue 8 §3, M24, N3.5): detectors over whole past days, each
 * signal keyed by its evidence so a re-run adds nothing, shown to the
 * institutions involved and the regulators of the regions concerned.
 */
export function createSignalsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function record(kind: SignalKind, evidenceKey: string, s: { accountIds: string[]; classIds: string[]; score: number; detail: Record<string, unknown>; institutionIds?: string[]; regionCodes?: string[] }) {
    const places = s.institutionIds ? { institutionIds: s.institutionIds, regionCodes: s.regionCodes ?? [] } : await repo.placesOfClasses(db, s.classIds);
    if (places.regionCodes.length === 0) return false;
    return repo.insertSignal(db, { kind, evidenceKey, accountIds: s.accountIds, score: s.score, detail: { reason: SIGNAL_TEXT[kind], ...s.detail }, ...places, at: clock.now() });
  }

  /** Runs every detector; returns how many new signals each produced (the job's log line). */
  async function detect() {
    const now = clock.now();
    const days = pastDays(now, SIGNAL_LOOKBACK_DAYS);
    const created: Record<string, number> = { shared_device: 0, impossible_rate: 0, odd_hours: 0, face_failures: 0, institution_outlier: 0 };
    const count = (kind: string) => (ok: boolean) => void (ok && (created[kind] = created[kind]! + 1));

    for (const r of await repo.sharedDevices(db, days, now)) {
      if (r.learners.length < (r.via === 'device' ? SHARED_DEVICE_MIN_LEARNERS : SHARED_IP_MIN_LEARNERS)) continue;
      const detail = { via: r.via, handle: r.handle, day: r.day, sessionIds: r.sessions };
      await record('shared_device', `shared_device:${r.via}:${r.handle}:${r.day}`, { accountIds: r.learners, classIds: r.classes, score: r.learners.length, detail }).then(count('shared_device'));
    }
    for (const r of await repo.impossibleRates(db, days)) {
      const detail = { day: r.day, creditedSeconds: r.total, ledgerIds: r.ledger.map(Number), sessionIds: r.fast_sessions ?? [] };
      await record('impossible_rate', `impossible_rate:${r.learner}:${r.day}`, { accountIds: [r.learner], classIds: r.classes, score: r.total, detail }).then(count('impossible_rate'));
    }
    for (const r of await repo.oddHours(db, days)) {
      const detail = { day: r.day, creditedSeconds: r.total, ledgerIds: r.ledger.map(Number), sessionIds: r.sessions ?? [] };
      await record('odd_hours', `odd_hours:${r.learner}:${r.day}`, { accountIds: [r.learner], classIds: r.classes, score: r.total, detail }).then(count('odd_hours'));
    }
    for (const r of await repo.faceFailures(db, days)) {
      const detail = { day: r.day, checkIds: r.checks.map(Number) };
      await record('face_failures', `face_failures:${r.learner}:${r.day}`, { accountIds: [r.learner], classIds: r.classes ?? [], score: r.checks.length, detail }).then(count('face_failures'));
    }
    const window = pastDays(now, OUTLIER_WINDOW_DAYS);
    const period = window.to.toISOString().slice(0, 7);
    const figures = await repo.institutionFigures(db, window);
    for (const metric of Object.keys(figures) as OutlierMetric[]) {
      for (const o of cityOutliers(metric, figures[metric])) {
        const inst = await repo.regionOfInstitution(db, o.institutionId);
        const detail = { metric, metricLabel: METRIC_TEXT[metric], value: o.value, sample: o.sample, peerMean: o.peerMean, peerSd: o.peerSd, peers: o.peers, z: o.z, cityCode: o.cityCode, period };
        const regionCodes = [...new Set([o.cityCode, ...(inst ? [inst.region_code] : [])])];
        await record('institution_outlier', `institution_outlier:${o.institutionId}:${metric}:${period}`, { accountIds: [], classIds: [], score: o.z, detail, institutionIds: [o.institutionId], regionCodes }).then(count('institution_outlier'));
      }
    }
    return created;
  }

  const filterOf = (viewer: Viewer): repo.SignalFilter => (viewer.kind === 'regulator' ? { prefixes: viewer.prefixes } : { institutionId: viewer.institutionId });

  async function list(actor: Actor, q: { kind?: SignalKind | undefined; page: number; pageSize: number }) {
    const viewer = viewerOf(actor);
    const { rows, total } = await repo.listSignals(db, { ...filterOf(viewer), kind: q.kind }, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    const names = await repo.institutionNames(db, [...new Set(rows.flatMap((r) => r.institution_ids))]);
    return {
      total,
      items: rows.map((s) => ({
        id: s.id,
        kind: s.kind,
        reason: SIGNAL_TEXT[s.kind],
        score: s.score,
        learnerCount: s.account_ids.length,
        institutions: s.institution_ids.map((id) => ({ id, name: names.get(id) ?? id })),
        regionCodes: s.region_codes,
        createdAt: s.created_at.toISOString(),
      })),
    };
  }

  /** A visible signal (404 otherwise, M29), for opening a case from it. */
  async function visible(actor: Actor, id: string) {
    const signal = await repo.findSignal(db, id, filterOf(viewerOf(actor)));
    if (!signal) throw EnforcementErrors.SIGNAL_NOT_FOUND();
    return signal;
  }

  async function get(actor: Actor, id: string) {
    const viewer = viewerOf(actor);
    const s = await visible(actor, id);
    // A signal can span institutions (one device, two institutions' learners): each institution sees its own learners only.
    const own = viewer.kind === 'institution' ? await repo.learnersOf(db, viewer.institutionId, s.account_ids) : null;
    const mine = (accountId: string) => own === null || own.has(accountId);
    const detail = s.detail as Record<string, unknown>;
    const ids = (key: string) => (Array.isArray(detail[key]) ? (detail[key] as (string | number)[]) : []);
    const [sessions, ledger, checks, learners, institutions] = await Promise.all([
      repo.sessionsByIds(db, ids('sessionIds').map(String)),
      repo.ledgerByIds(db, ids('ledgerIds').map(Number)),
      repo.checksByIds(db, ids('checkIds').map(Number)),
      repo.learnerNames(db, s.account_ids),
      repo.institutionNames(db, s.institution_ids),
    ]);
    return {
      id: s.id,
      kind: s.kind,
      reason: SIGNAL_TEXT[s.kind],
      score: s.score,
      detail,
      learners: s.account_ids.filter(mine).map((id) => ({ id, name: learners.get(id) ?? '（未知学员）' })),
      institutions: s.institution_ids.map((id) => ({ id, name: institutions.get(id) ?? id })),
      regionCodes: s.region_codes,
      createdAt: s.created_at.toISOString(),
      evidence: {
        sessions: sessions.filter((r) => mine(r.learner_account_id)).map((r) => ({ id: r.id, learnerId: r.learner_account_id, classId: r.class_id, deviceId: r.device_id, startedAt: r.started_at.toISOString(), endedAt: r.ended_at?.toISOString() ?? null })),
        ledger: ledger.filter((r) => mine(r.learner_account_id)).map((r) => ({ id: Number(r.id), learnerId: r.learner_account_id, classId: r.class_id, sessionId: r.session_id, seconds: r.seconds, at: r.created_at.toISOString() })),
        faceChecks: checks.filter((r) => mine(r.account_id)).map((r) => ({ id: Number(r.id), learnerId: r.account_id, purpose: r.purpose, decision: r.decision, score: r.score, at: r.created_at.toISOString() })),
      },
    };
  }

  return { detect, list, get, visible };
}

export type SignalsService = ReturnType<typeof createSignalsService>;
