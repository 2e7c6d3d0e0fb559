import { Type, type TSchema } from 'typebox';
import * as sources from './exchange.sources.repository.js';

/**
 * The feed registry (M4): what the provincial platform can pull and be pushed. Each feed names the source
 * tables whose triggers write the change log (migration 0019, `xk_exchange_track`), the event each change
 * becomes, how to load the rows' current state, and the schema of that state for OpenAPI.
 * Adding a feed is one entry here plus one `select xk_exchange_track(...)` per source table in a migration
 * (enforcement's cases and sanctions: migration 0022).
 */
type Op = 'insert' | 'update' | 'delete';

export interface FeedDefinition {
  name: string;
  label: string;
  events: Record<string, Partial<Record<Op, string>>>;
  load: (q: Parameters<typeof sources.loadClasses>[0], ids: string[], prefix: string) => Promise<sources.Loaded>;
  data: TSchema;
}

const Time = Type.String({ format: 'date-time' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const FEEDS: readonly FeedDefinition[] = [
  {
    name: 'institutions',
    label: '培训机构及其各市登记',
    events: {
      institutions: { insert: 'institution.created', update: 'institution.changed', delete: 'institution.deleted' },
      institution_registrations: { insert: 'institution.changed', update: 'institution.changed', delete: 'institution.changed' },
    },
    load: sources.loadInstitutions,
    data: Type.Object(
      {
        id: Type.String(),
        name: Type.String(),
        creditCode: Type.String(),
        regionCode: Type.String(),
        createdAt: Time,
        registrations: Type.Array(Type.Object({ cityCode: Type.String(), status: Type.String(), onlineStatus: Type.String(), registeredAt: Nullable(Time), onlinePublishedAt: Nullable(Time) })),
      },
      { examples: [{ id: '5f0c1d2e-0000-4000-8000-000000000001', name: '广州示范安全培训学校', creditCode: '91440101MA5XXXXXX1', regionCode: '440106', createdAt: '2026-03-01T02:00:00.000Z', registrations: [{ cityCode: '440100', status: 'registered', onlineStatus: 'published', registeredAt: '2026-03-02T02:00:00.000Z', onlinePublishedAt: '2026-03-05T02:00:00.000Z' }] }] },
    ),
  },
  {
    name: 'classes',
    label: '培训班级',
    events: { classes: { insert: 'class.created', update: 'class.changed', delete: 'class.deleted' } },
    load: (q, ids) => sources.loadClasses(q, ids),
    data: Type.Object({
      id: Type.String(),
      institutionId: Type.String(),
      code: Type.String(),
      name: Type.String(),
      categoryId: Type.String(),
      trainingType: Type.String(),
      cityCode: Type.String(),
      startsOn: Type.String(),
      endsOn: Type.String(),
      status: Type.String(),
      requiredTheoryHours: Type.Number(),
      requiredPracticalHours: Type.Number(),
      createdAt: Time,
    }),
  },
  {
    name: 'enrolments',
    label: '学员报名（入班）',
    events: { enrolments: { insert: 'enrolment.created', update: 'enrolment.changed', delete: 'enrolment.deleted' } },
    load: (q, ids) => sources.loadEnrolments(q, ids),
    data: Type.Object({ id: Type.String(), classId: Type.String(), institutionId: Type.String(), cityCode: Type.String(), learnerId: Type.String(), learnerName: Type.String(), joinedVia: Type.String(), status: Type.String(), joinedAt: Time }),
  },
  {
    name: 'hours',
    label: '学时台账（只增不改，更正为新记录）',
    events: { hour_ledger: { insert: 'hours.credited' } },
    load: (q, ids) => sources.loadHours(q, ids),
    data: Type.Object({
      id: Type.String(),
      learnerId: Type.String(),
      classId: Type.String(),
      institutionId: Type.String(),
      cityCode: Type.String(),
      courseId: Nullable(Type.String()),
      lessonId: Nullable(Type.String()),
      kind: Type.String({ description: 'online 网络学时、offline 面授学时、correction 更正' }),
      seconds: Type.Integer(),
      createdAt: Time,
    }),
  },
  {
    name: 'certificates',
    label: '学时证明（签发与撤销）',
    events: { certificates: { insert: 'certificate.issued' }, certificate_revocations: { insert: 'certificate.revoked' } },
    load: (q, ids) => sources.loadCertificates(q, ids),
    data: Type.Object(
      {
        id: Type.String(),
        number: Type.String(),
        version: Type.Integer(),
        learnerId: Type.String(),
        classId: Type.String(),
        institutionId: Type.String(),
        cityCode: Type.String(),
        supersedesId: Nullable(Type.String()),
        contentHash: Type.String(),
        issuedAt: Time,
        status: Type.Union([Type.Literal('valid'), Type.Literal('superseded'), Type.Literal('revoked')]),
        revokedAt: Nullable(Time),
        revocationReason: Nullable(Type.String()),
      },
      { examples: [{ id: '0b6f3c1a-7d2e-4c4f-9a51-3c1f2e9d8a70', number: 'GD-440100-2026-000123', version: 1, learnerId: '3f1e…', classId: '9a2c…', institutionId: '5f0c…', cityCode: '440100', supersedesId: null, contentHash: 'e3b0c442…', issuedAt: '2026-11-20T08:00:00.000Z', status: 'valid', revokedAt: null, revocationReason: null }] },
    ),
  },
  {
    name: 'signals',
    label: '诚信异常信号',
    events: { integrity_signals: { insert: 'signal.created' } },
    load: (q, ids) => sources.loadSignals(q, ids),
    data: Type.Object({ id: Type.String(), kind: Type.String(), score: Type.Number(), learnerIds: Type.Array(Type.String()), institutionIds: Type.Array(Type.String()), regionCodes: Type.Array(Type.String()), detail: Type.Record(Type.String(), Type.Unknown()), createdAt: Time }),
  },
  {
    name: 'cases',
    label: '执法案件（立案、措施、结案、跨地区报告）',
    events: {
      enforcement_cases: { insert: 'case.opened', update: 'case.changed', delete: 'case.deleted' },
      case_measures: { insert: 'case.measure_ordered' },
      case_reports: { insert: 'case.reported' },
    },
    load: (q, ids) => sources.loadCases(q, ids),
    data: Type.Object(
      {
        id: Type.String(),
        title: Type.String(),
        description: Type.String(),
        institutionId: Type.String(),
        institutionName: Type.String(),
        institutionRegion: Type.String(),
        cityCode: Type.String({ description: '办案的地市' }),
        source: Type.Union([Type.Literal('signal'), Type.Literal('finding')]),
        signalId: Nullable(Type.String()),
        findingId: Nullable(Type.String()),
        status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
        createdAt: Time,
        updatedAt: Time,
        closedAt: Nullable(Time),
        measures: Type.Array(
          Type.Object({
            id: Type.String(),
            kind: Type.String({ description: 'rectification 责令整改、warning 警告、suspension 暂停网络培训、cancellation 撤销登记、referral 移送、lift_suspension 解除暂停' }),
            decision: Type.String(),
            deadline: Nullable(Type.String()),
            until: Nullable(Type.String()),
            referralCategory: Nullable(Type.String()),
            referralTo: Nullable(Type.String()),
            published: Type.Boolean(),
            createdAt: Time,
          }),
        ),
        reportedTo: Type.Array(Type.Object({ regionCode: Type.String(), reportedAt: Time })),
      },
      {
        examples: [
          {
            id: '2d7e9c10-0000-4000-8000-000000000001', title: '同一人脸多个身份证号', description: '信号核查', institutionId: '5f0c…', institutionName: '广州示范安全培训学校', institutionRegion: '440106', cityCode: '440100',
            source: 'signal', signalId: '9f1c…', findingId: null, status: 'open', createdAt: '2026-11-26T02:00:00.000Z', updatedAt: '2026-11-26T02:10:00.000Z', closedAt: null,
            measures: [{ id: '17', kind: 'rectification', decision: '限期整改人脸核验流程', deadline: '2026-12-26', until: null, referralCategory: null, referralTo: null, published: false, createdAt: '2026-11-26T02:10:00.000Z' }],
            reportedTo: [],
          },
        ],
      },
    ),
  },
  {
    name: 'sanctions',
    label: '公开的处罚措施（N3 公示）',
    events: { case_measures: { insert: 'sanction.published' } },
    load: (q, ids) => sources.loadSanctions(q, ids),
    data: Type.Object(
      {
        id: Type.String(),
        caseId: Type.String(),
        kind: Type.String({ description: 'rectification、warning、suspension、cancellation、referral' }),
        decision: Type.String(),
        deadline: Nullable(Type.String()),
        until: Nullable(Type.String()),
        institutionId: Type.String(),
        institutionName: Type.String(),
        creditCode: Type.String(),
        institutionRegion: Type.String(),
        cityCode: Type.String(),
        publishedAt: Time,
      },
      { examples: [{ id: '18', caseId: '2d7e9c10-0000-4000-8000-000000000001', kind: 'warning', decision: '给予警告', deadline: null, until: null, institutionId: '5f0c…', institutionName: '广州示范安全培训学校', creditCode: '91440101MA5XXXXXX1', institutionRegion: '440106', cityCode: '440100', publishedAt: '2026-11-26T02:20:00.000Z' }] },
    ),
  },
];

export const FEED_NAMES = FEEDS.map((f) => f.name);

export function feedNamed(name: string): FeedDefinition | undefined {
  return FEEDS.find((f) => f.name === name);
}

/** The event a change becomes; a change of an untracked kind keeps a generic name rather than failing. */
export function eventOf(feed: FeedDefinition, source: string, op: Op): string {
  return feed.events[source]?.[op] ?? `${feed.name}.${op}`;
}
