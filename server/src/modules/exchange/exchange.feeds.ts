import { Type, type TSchema } from 'typebox';
import * as sources from './exchange.sources.repository.js';

/**
 * The feed registry (M4): what the provincial platform can pull and be pushed. Each feed names the source
 * tables whose triggers write the change log (migration 0019, `xk_exchange_track`), the event each change
 * becomes, how to load the rows' current state, and the schema of that state for OpenAPI.
 * Adding a feed (e.g. enforcement's cases and sanctions) is one entry here plus one
 * `select xk_exchange_track(...)` in the owning module's migration.
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
];

export const FEED_NAMES = FEEDS.map((f) => f.name);

export function feedNamed(name: string): FeedDefinition | undefined {
  return FEEDS.find((f) => f.name === name);
}

/** The event a change becomes; a change of an untracked kind keeps a generic name rather than failing. */
export function eventOf(feed: FeedDefinition, source: string, op: Op): string {
  return feed.events[source]?.[op] ?? `${feed.name}.${op}`;
}
