import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { systemClock, type Clock } from './platform/clock.js';
import { ConfigError, type Config } from './platform/config.js';
import { createSigner } from './platform/crypto/signing.js';
import { openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { CommonErrors } from './platform/http/errors.js';
import { opsRoutes } from './platform/http/ops.routes.js';
import { createHttpServer, markPublic, type HttpServer } from './platform/http/server.js';
import { startJobs, type Jobs } from './platform/jobs/jobs.js';
import { rateLimitJobs } from './platform/http/rate-limit-store.js';
import { createLocalBlobStore, createS3BlobStore, parseBlobUrl } from './platform/blob/index.js';
import { createFaceEngine, type FaceEngine } from './platform/face/index.js';
import { archivesRoutes, createArchivesService, type ArchivesService } from './modules/archives/index.js';
import { assessmentsRoutes, createAssessmentsService, type AssessmentsService } from './modules/assessments/index.js';
import { backupJobs } from './modules/backup/index.js';
import { createOperationsService, operationsRoutes } from './modules/operations/index.js';
import { announcementsRoutes, createAnnouncementsService, type AnnouncementsService } from './modules/announcements/index.js';
import { createModerationService, moderationRoutes, type ModerationService } from './modules/moderation/index.js';
import { createSupportService, supportJobs, supportRoutes, type SupportService } from './modules/support/index.js';
import { auditJobs, auditRoutes, createAuditService, type AuditService } from './modules/audit/index.js';
import { catalogueJobs, catalogueRoutes, createCatalogueService, createCourseSupervision, supervisionRoutes, type CatalogueService, type CourseSupervision } from './modules/catalogue/index.js';
import { certificatesJobs, certificatesRoutes, createCertificatesService, type CertificatesService } from './modules/certificates/index.js';
import { classesRoutes, createClassesService, type ClassesService } from './modules/classes/index.js';
import { categoriesRoutes, createCategoriesService, type CategoriesService } from './modules/categories/index.js';
import { hasActiveDemoAccounts, seedDemo, seedDemoSupervision, seedDemoTraining } from './modules/demo/index.js';
import { createIdentityService, identityRoutes, type IdentityService } from './modules/identity/index.js';
import { oidcRoutes } from './modules/identity/oidc/index.js';
import { createInstitutionsService, institutionsRoutes, type InstitutionsService } from './modules/institutions/index.js';
import { createExamsService, examsJobs, examsRoutes, type Eligibility, type ExamsService } from './modules/exams/index.js';
import { createFacesService, facesJobs, facesRoutes, type FacesService } from './modules/faces/index.js';
import { createEnforcementService, enforcementJobs, enforcementRoutes, seedDemoSignals, type EnforcementService } from './modules/enforcement/index.js';
import { classroomRoutes, createClassroomService, type ClassroomService } from './modules/classroom/index.js';
import { createCommentModeration, createFeedbackService, feedbackRoutes, type FeedbackService } from './modules/feedback/index.js';
import { createDashboardsService, dashboardsJobs, dashboardsRoutes, type DashboardsService } from './modules/dashboards/index.js';
import { createLearningService, createLearningSettings, learningRoutes, type LearningService } from './modules/learning/index.js';
import { createLearnersService, httpIdentityVerifier, learnersRoutes, offlineIdentityVerifier } from './modules/learners/index.js';
import { regionsRoutes } from './modules/regions/index.js';
import { createOversightExports, createOversightService, oversightJobs, oversightRoutes, type OversightExports, type OversightService } from './modules/oversight/index.js';
import { createUploadsService, uploadsRoutes, type UploadsService } from './modules/uploads/index.js';
import { createExchangeService, exchangeJobs, exchangeRoutes, type ExchangeService } from './modules/exchange/index.js';

export interface AppOptions {
  config: Config;
  clock?: Clock;
  /** Start the job workers (the server does; most tests do not). */
  jobs?: boolean;
  /** The built web app to serve at `/`; null to serve the API only. */
  webDist?: string | null;
  /** Randomness for captcha text (STYLE 11); crypto-random unless a test fixes it. */
  random?: (n: number) => number;
  /** Start a new embedded database from this dump (tests: a migrated, seeded template). */
  pgliteTemplate?: string;
  /** Who may sit an exam (issue 9 seam); by default, completed class hours in the hour ledger. */
  examEligibility?: Eligibility;
}

export interface Services {
  audit: AuditService;
  identity: IdentityService;
  categories: CategoriesService;
  institutions: InstitutionsService;
  uploads: UploadsService;
  catalogue: CatalogueService;
  classes: ClassesService;
  faces: FacesService;
  learning: LearningService;
  classroom: ClassroomService;
  supervision: CourseSupervision;
  feedback: FeedbackService;
  dashboards: DashboardsService;
  assessments: AssessmentsService;
  exams: ExamsService;
  certificates: CertificatesService;
  archives: ArchivesService;
  support: SupportService;
  moderation: ModerationService;
  announcements: AnnouncementsService;
  enforcement: EnforcementService;
  exchange: ExchangeService;
  oversight: OversightService;
  oversightExports: OversightExports;
}

export interface XunkaoApp extends HttpServer {
  database: DatabaseHandle;
  services: Services;
  jobs: Jobs | null;
  close(): Promise<void>;
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Boot order (DESIGN §3): config → db → migrate → services → http → jobs. */
export async function buildApp(options: AppOptions): Promise<XunkaoApp> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, pgliteTemplate: options.pgliteTemplate });
  try {
    await migrateToLatest(database.db);
    const signer = createSigner(config.secrets.signingKey);
    const audit = createAuditService({ db: database.db, clock, signer, exportDir: path.join(config.dataDir, 'audit-heads') });
    const identity = createIdentityService({ db: database.db, clock, audit, dataKey: config.secrets.dataKey, lookupKey: config.secrets.lookupKey });
    const categories = createCategoriesService({ db: database.db, clock, audit });
    const institutions = createInstitutionsService({ db: database.db, clock, audit, identity, categories });
    const blobs = config.blobUrl ? createS3BlobStore(parseBlobUrl(config.blobUrl), config.blobDir) : createLocalBlobStore(config.blobDir);
    const uploads = createUploadsService({ db: database.db, clock, blobs, spoolDir: path.join(config.blobDir, 'spool') });
    // Jobs start after the HTTP server is ready; work queued before then waits in this reference.
    let jobs: Jobs | null = null;
    const enqueue = async (name: string, data: object) => {
      await jobs?.send(name, data);
    };
    const catalogue = createCatalogueService({ db: database.db, clock, audit, blobs, uploads, categories, institutions, enqueue });
    // M30: a suspended institution opens no class and issues no certificate (issue 8 part C).
    const enforcement = createEnforcementService({ db: database.db, clock, audit });
    const classes = createClassesService({ db: database.db, clock, audit, identity, categories, institutions, catalogue, suspended: enforcement.isSuspended });
    const verifier = config.identityVerifier ? httpIdentityVerifier(config.identityVerifier.url, config.identityVerifier.apiKey) : offlineIdentityVerifier;
    const learners = createLearnersService({ identity, verifier });
    // The built-in engine loads its models (~1 s) on first use, not at boot.
    let faceEngine: Promise<FaceEngine> | null = null;
    const engine = () => (faceEngine ??= createFaceEngine(config.face));
    const faces = createFacesService({ db: database.db, clock, audit, blobs, identity, classes, institutions, engine, dataKey: config.secrets.dataKey, enqueue });
    const certificates = createCertificatesService({ db: database.db, clock, audit, signer, publicUrl: config.publicUrl, testResults: ({ learnerId, classId }) => assessments.testStanding(learnerId, classId), suspended: enforcement.isSuspended, onIssued: (q) => classes.completeEnrolment(q.learnerId, q.classId) });
    // M25 in real time (on confirmed hours and on a passed test); should issuing fail, the catch-up job issues it (and retries).
    const onCreditConfirmed = (credit: { learnerId: string; classId: string }) =>
      certificates.issueIfComplete(credit).then(
        () => undefined,
        () => enqueue('certificates.issue-missing', {}),
      );
    const learningSettings = createLearningSettings({ db: database.db, clock, audit });
    const learning = createLearningService({ db: database.db, clock, classes, catalogue, faces, settings: learningSettings, onCreditConfirmed });
    const classroom = createClassroomService({ db: database.db, clock, audit, blobs, classes, institutions, faces, onCreditConfirmed });
    const assessments = createAssessmentsService({ db: database.db, clock, audit, categories, institutions, classes, faces, endLearning: learning.endForTest, onPassed: onCreditConfirmed, dataKey: config.secrets.dataKey, lookupKey: config.secrets.lookupKey });
    const supervision = createCourseSupervision({ db: database.db, clock, audit, institutions });
    // N2.6: a candidate is eligible with a valid hour certificate of the category (M25).
    const exams = createExamsService({ db: database.db, clock, audit, categories, institutions, classes, uploads, eligibility: options.examEligibility ?? certificates.examEligibility });
    // M26: exam institutions see the archives of candidates who applied in their region.
    const archives = createArchivesService({ db: database.db, clock, audit, blobs, signer, certificates, isCandidateOf: exams.isCandidateOf });
    const support = createSupportService({ db: database.db, clock, audit, blobs, ...(options.random ? { random: options.random } : {}) });
    const moderation = createModerationService({ db: database.db, clock, audit });
    const feedback = createFeedbackService({ db: database.db, clock, audit, classes, catalogue, supervision, moderation });
    const announcements = createAnnouncementsService({ db: database.db, clock, audit, moderation });
    const exchange = createExchangeService({ db: database.db, clock, audit, dataKey: config.secrets.dataKey, webhookAllowPrivate: config.exchange.webhookAllowPrivate });
    await exchange.alignChangeClock();
    const dashboards = createDashboardsService({ db: database.db, clock });
    const oversight = createOversightService({ db: database.db, clock, audit, satisfactionRule: () => feedback.settings() });
    const oversightExports = createOversightExports({ db: database.db, clock, audit, blobs, oversight, enqueue });
    const services: Services = { audit, identity, categories, institutions, uploads, catalogue, classes, faces, learning, classroom, assessments, supervision, feedback, dashboards, exams, certificates, archives, support, moderation, announcements, enforcement, exchange, oversight, oversightExports };

    await categories.installDefaults();
    if (config.demo) await seedDemo(database.db, services, clock.now());
    // After the demo seed, which gives Guangzhou's exam institution the id the demo accounts point at.
    await exams.sites.installReferenceData();
    if (config.demoTraining) await seedDemoTraining(database.db, clock, services);
    if (config.demoTraining) await seedDemoSupervision(database.db, clock, services);
    if (config.demoTraining) await seedDemoSignals(database.db, clock, enforcement.signals);
    // The demo's dashboards show its training history at once, not after the first scheduled refresh.
    if (config.demoTraining) await dashboards.refresh();
    if (config.env === 'production' && (await hasActiveDemoAccounts(database.db))) {
      throw new ConfigError('配置错误 XUNKAO_DEMO: 生产模式下存在启用中的演示账号（演示密码），请先停用后再启动');
    }

    const http = await createHttpServer({ logLevel: config.logLevel, authenticate: (token) => identity.resolveSession(token), authenticateApiClient: (token) => exchange.authenticate(token), rateLimitPerMinute: config.rateLimit.perMinute,
      rateLimitStore: config.redisUrl ? { kind: 'redis', url: config.redisUrl } : { kind: 'postgres', db: database.db },
    });
    const { app } = http;
    const secureCookies = config.publicUrl.startsWith('https://');
    opsRoutes(app, { db: database.db, dbKind: database.kind, metrics: http.metrics });
    operationsRoutes(app, createOperationsService({ db: database.db, dbKind: database.kind, clock, metrics: http.metrics, dataDir: config.dataDir, backupDir: config.backup.dir }));
    regionsRoutes(app);
    identityRoutes(app, identity, { secureCookies, loginPerMinute: config.rateLimit.loginPerMinute });
    learnersRoutes(app, learners, { secureCookies });
    auditRoutes(app, audit);
    categoriesRoutes(app, categories);
    institutionsRoutes(app, institutions);
    await uploadsRoutes(app, uploads);
    catalogueRoutes(app, catalogue);
    await classesRoutes(app, classes);
    facesRoutes(app, faces);
    learningRoutes(app, learning, learningSettings, { heartbeatsPerMinute: config.rateLimit.heartbeatsPerMinute });
    classroomRoutes(app, classroom);
    supervisionRoutes(app, supervision);
    feedbackRoutes(app, feedback, createCommentModeration({ db: database.db, clock, audit, moderation, catalogue }));
    dashboardsRoutes(app, dashboards);
    await assessmentsRoutes(app, assessments);
    examsRoutes(app, exams);
    certificatesRoutes(app, certificates);
    archivesRoutes(app, archives);
    supportRoutes(app, support);
    moderationRoutes(app, moderation);
    announcementsRoutes(app, announcements);
    enforcementRoutes(app, enforcement);
    exchangeRoutes(app, exchange);
    oversightRoutes(app, oversight, oversightExports);
    await oidcRoutes(app, { config, identity, secureCookies });
    await serveWeb(http, options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist);
    await app.ready();

    const backups = backupJobs({ target: { database, databaseUrl: config.databaseUrl, blobDir: config.blobUrl ? null : config.blobDir }, backupDir: config.backup.dir, keep: config.backup.keep, clock, log: (m) => app.log.info(m) });
    const allJobs = [...auditJobs(audit), ...catalogueJobs(catalogue), ...facesJobs(faces), ...examsJobs(exams), ...certificatesJobs(certificates), ...backups, ...rateLimitJobs(database.db), ...supportJobs(support), ...enforcementJobs(enforcement.signals), ...exchangeJobs(exchange), ...dashboardsJobs(dashboards), ...oversightJobs(oversightExports)];
    if (options.jobs) jobs = await startJobs(database.raw, allJobs, app.log);
    return {
      ...http,
      database,
      services,
      jobs,
      async close() {
        await jobs?.stop();
        await faceEngine?.then((e) => e.close()).catch(() => undefined);
        await certificates.close();
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The built single-page app at `/`; unknown API paths stay JSON 404s. */
async function serveWeb(http: HttpServer, webDist: string | null): Promise<void> {
  const { app } = http;
  const indexHtml = webDist ? path.join(webDist, 'index.html') : null;
  const hasWeb = indexHtml !== null && fs.existsSync(indexHtml);
  if (hasWeb && webDist) {
    await app.register(async (scope) => {
      markPublic(scope, '前端静态资源');
      await scope.register(fastifyStatic, {
        root: webDist,
        wildcard: true,
        setHeaders: (res, filePath) => {
          res.setHeader('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    });
  }
  app.setNotFoundHandler((req, reply) => {
    const isApi = req.url.startsWith('/api/') || req.url.startsWith('/oidc') || req.url === '/metrics';
    if (isApi || !hasWeb || (req.method !== 'GET' && req.method !== 'HEAD')) {
      const err = CommonErrors.NOT_FOUND();
      return reply.status(404).send({ code: err.code, message: err.message, details: null });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

/** The OpenAPI document as committed for the web client: stable key order, no server-specific parts. */
export function openApiDocument(xunkao: XunkaoApp): string {
  const spec = xunkao.app.swagger() as Record<string, unknown>;
  return JSON.stringify({ ...spec, servers: [] }, null, 2);
}
