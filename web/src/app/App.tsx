import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { ArchiveDetailPage, ArchivesPage, MyArchivePage } from '../modules/archives';
import { ClassCertificatesPage, VerifyCertificatePage } from '../modules/certificates';
import { BankPage, MyTestsPage, StartTestPage, TestAttemptPage } from '../modules/assessments';
import { CourseDetailPage, CoursesPage, PlatformReviewPage, ReviewQueuePage, SpotChecksPage } from '../modules/catalogue';
import { CommentModerationPage, RateCoursePage, SatisfactionPage } from '../modules/feedback';
import { DrawDetailPage, DrawsPage, ExamApplicationsPage, MyDutiesPage, PublicDrawsPage, PublicSanctionsPage, SessionDetailPage, SessionsPage, SitesPage, StaffPage, ViolationsPage } from '../modules/exams';
import { ClassDetailPage, ClassesPage, CorrectionApprovalsPage } from '../modules/classes';
import { DashboardPage } from '../modules/dashboards';
import { FaceEnrolmentPage, PasswordResetPage } from '../modules/faces';
import { AccountPage, MobileAccountPage, MobilePasswordPage, MobileSessionsPage } from '../modules/identity';
import { ApplicationsPage, InstitutionSignupPage, PublicInstitutionsPage, RegistrationsPage, TeacherApprovalsPage, TeachersPage } from '../modules/institutions';
import { JoinClassPage, RegisterPage } from '../modules/learners';
import { ClassLearningPage, MyHoursPage, PlayerPage } from '../modules/learning';
import { RegionsPage } from '../modules/regions';
import { CaseDetailPage, CasesPage, InspectionsPage, OrdersPage, PublicEnforcementSanctionsPage, SignalsPage } from '../modules/enforcement';
import { AnnouncementsPage, PublicAnnouncementPage, PublicAnnouncementsPage } from '../modules/announcements';
import { ExchangePage } from '../modules/exchange';
import { ModerationTermsPage } from '../modules/moderation';
import { OperationsPage } from '../modules/operations';
import { DrillClassPage, DrillInstitutionPage, DrillRegionPage, DrillStartPage, OversightPage } from '../modules/oversight';
import { MobileNewTicketPage, MobileSupportPage, MobileTicketPage, MyTicketsPage, PublicSupportPage, SlaReportPage, SupportQueuePage } from '../modules/support';
import { useAuth } from './auth';
import { LayoutGate, LoginRoute, PageGate, SessionWatcher, SignedIn } from './guards';
import { MobileLayout } from './layouts/MobileLayout';
import { PublicLayout } from './layouts/PublicLayout';
import { StaffLayout } from './layouts/StaffLayout';
import { PageSkeleton } from '../ui/PageSkeleton';
import type { PageKey } from './menu';
import { LearnerHomePage } from './pages/LearnerHomePage';
import { MobileNotFoundPage, NotFoundPage } from './pages/NotFoundPage';
import { WorkbenchPage } from './pages/WorkbenchPage';

/** Regulators open the tree at their own region; the platform at the province. */
function ScopedRegionsPage() {
  const { activeRole } = useAuth();
  return <RegionsPage focusCode={activeRole.scope.regionCode} />;
}

/** Only a city bureau decides on teachers reported to its city (N1.3). */
function ScopedTeacherApprovalsPage() {
  const { activeRole } = useAuth();
  return <TeacherApprovalsPage decidesForCity={activeRole.scope.kind === 'city' ? activeRole.scope.regionCode : null} />;
}

/** /courses is the institution's own catalogue, or a regulator's published courses in its region. */
function useCoursesMode(): 'institution' | 'regulator' {
  return useAuth().activeRole.role === 'regulator' ? 'regulator' : 'institution';
}

function ScopedCoursesPage() {
  return <CoursesPage mode={useCoursesMode()} />;
}

function ScopedCourseDetailPage() {
  return <CourseDetailPage mode={useCoursesMode()} />;
}

const COURSE_PAGES: readonly PageKey[] = ['courses', 'region-courses'];

/** 课程满意度: the institution acts on its own courses; regulators read their region's; only the province sets the threshold (M22). */
function ScopedSatisfactionPage() {
  const { activeRole } = useAuth();
  return <SatisfactionPage mode={useCoursesMode()} canSetThreshold={activeRole.role === 'regulator' && activeRole.scope.kind === 'province'} />;
}

/** Only the issuing institution reissues (M25); regulators of the region may revoke (M30). */
function ScopedCertificatesPage() {
  return <ClassCertificatesPage canReissue={useAuth().activeRole.role === 'institution_admin'} />;
}

/** The institution downloads its learners' archives (M15); a regulator only reads them. */
function ScopedArchivesPage() {
  return <ArchivesPage canExport={useAuth().activeRole.role === 'institution_admin'} />;
}

/** The desk's staff see the working-day calendar behind the clocks; the platform operator keeps it (M10). */
function ScopedSlaReportPage() {
  const { role } = useAuth().activeRole;
  return <SlaReportPage showCalendar={role !== 'regulator'} canEditCalendar={role === 'platform_operator'} />;
}

export function App() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginRoute />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/reset-password" element={<PasswordResetPage />} />
        <Route element={<PublicLayout />}>
          <Route path="/public/institutions" element={<PublicInstitutionsPage />} />
          <Route path="/signup/institution" element={<InstitutionSignupPage />} />
          <Route path="/public/announcements" element={<PublicAnnouncementsPage />} />
          <Route path="/public/announcements/:id" element={<PublicAnnouncementPage />} />
          <Route path="/public/support" element={<PublicSupportPage />} />
          <Route path="/verify/:number" element={<VerifyCertificatePage />} />
          <Route path="/public/exam-draws" element={<PublicDrawsPage />} />
          <Route path="/public/exam-sanctions" element={<PublicSanctionsPage />} />
          <Route path="/public/sanctions" element={<PublicEnforcementSanctionsPage />} />
        </Route>
        <Route element={<SignedIn />}>
          <Route
            path="/m"
            element={
              <LayoutGate layout="mobile">
                <MobileLayout />
              </LayoutGate>
            }
          >
            <Route index element={<LearnerHomePage />} />
            <Route path="account" element={<MobileAccountPage />} />
            <Route path="account/password" element={<MobilePasswordPage />} />
            <Route path="account/sessions" element={<MobileSessionsPage />} />
            <Route path="face" element={<FaceEnrolmentPage />} />
            <Route path="join" element={<JoinClassPage />} />
            <Route path="archive" element={<MyArchivePage />} />
            <Route path="hours" element={<MyHoursPage />} />
            <Route path="classes/:classId" element={<ClassLearningPage />} />
            <Route path="classes/:classId/courses/:courseId/rating" element={<RateCoursePage />} />
            <Route path="learn/:classId/:lessonId" element={<PlayerPage />} />
            <Route path="classes/:classId/tests" element={<MyTestsPage />} />
            <Route path="tests/:testId/start" element={<StartTestPage />} />
            <Route path="test-attempts/:attemptId" element={<TestAttemptPage />} />
            <Route path="support" element={<MobileSupportPage />} />
            <Route path="support/new" element={<MobileNewTicketPage />} />
            <Route path="support/:id" element={<MobileTicketPage />} />
            <Route path="*" element={<MobileNotFoundPage />} />
          </Route>
          <Route
            path="/"
            element={
              <LayoutGate layout="staff">
                <StaffLayout />
              </LayoutGate>
            }
          >
            <Route index element={<WorkbenchPage />} />
            <Route
              path="supervision/dashboard"
              element={
                <PageGate page="dashboards">
                  <Suspense fallback={<PageSkeleton cards={2} rows={6} />}>
                    <DashboardPage />
                  </Suspense>
                </PageGate>
              }
            />
            <Route
              path="regions"
              element={
                <PageGate page="regions">
                  <ScopedRegionsPage />
                </PageGate>
              }
            />
            <Route
              path="institution"
              element={
                <PageGate page="registrations">
                  <RegistrationsPage />
                </PageGate>
              }
            />
            <Route
              path="institution/teachers"
              element={
                <PageGate page="teachers">
                  <TeachersPage />
                </PageGate>
              }
            />
            <Route
              path="institution/banks"
              element={
                <PageGate page="question-banks">
                  <BankPage />
                </PageGate>
              }
            />
            <Route
              path="courses"
              element={
                <PageGate page={COURSE_PAGES}>
                  <ScopedCoursesPage />
                </PageGate>
              }
            />
            <Route
              path="courses/:id"
              element={
                <PageGate page={COURSE_PAGES}>
                  <ScopedCourseDetailPage />
                </PageGate>
              }
            />
            <Route
              path="institution/classes"
              element={
                <PageGate page="classes">
                  <ClassesPage mode="institution" />
                </PageGate>
              }
            />
            <Route
              path="institution/classes/:id"
              element={
                <PageGate page="classes">
                  <ClassDetailPage mode="institution" />
                </PageGate>
              }
            />
            <Route
              path="regulator/classes"
              element={
                <PageGate page="region-classes">
                  <ClassesPage mode="regulator" />
                </PageGate>
              }
            />
            <Route
              path="regulator/classes/:id"
              element={
                <PageGate page="region-classes">
                  <ClassDetailPage mode="regulator" />
                </PageGate>
              }
            />
            <Route
              path="regulator/hour-corrections"
              element={
                <PageGate page="hour-corrections">
                  <CorrectionApprovalsPage />
                </PageGate>
              }
            />
            <Route
              path="regulator/applications"
              element={
                <PageGate page="applications">
                  <ApplicationsPage />
                </PageGate>
              }
            />
            <Route
              path="regulator/teachers"
              element={
                <PageGate page="teacher-approvals">
                  <ScopedTeacherApprovalsPage />
                </PageGate>
              }
            />
            <Route
              path="platform/reviews"
              element={
                <PageGate page="course-reviews">
                  <ReviewQueuePage />
                </PageGate>
              }
            />
            <Route
              path="regulator/spot-checks"
              element={
                <PageGate page="spot-checks">
                  <SpotChecksPage />
                </PageGate>
              }
            />
            <Route
              path="satisfaction"
              element={
                <PageGate page="satisfaction">
                  <ScopedSatisfactionPage />
                </PageGate>
              }
            />
            <Route
              path="platform/comment-moderation"
              element={
                <PageGate page="comment-moderation">
                  <CommentModerationPage />
                </PageGate>
              }
            />
            <Route
              path="platform/reviews/:id"
              element={
                <PageGate page="course-reviews">
                  <PlatformReviewPage />
                </PageGate>
              }
            />
            <Route
              path="exams/draws"
              element={
                <PageGate page="exam-draws">
                  <DrawsPage />
                </PageGate>
              }
            />
            <Route
              path="exams/draws/:id"
              element={
                <PageGate page="exam-draws">
                  <DrawDetailPage />
                </PageGate>
              }
            />
            <Route
              path="exams/sessions"
              element={
                <PageGate page="exam-sessions">
                  <SessionsPage />
                </PageGate>
              }
            />
            <Route
              path="exams/sessions/:id"
              element={
                <PageGate page="exam-sessions">
                  <SessionDetailPage />
                </PageGate>
              }
            />
            <Route
              path="exams/sites"
              element={
                <PageGate page="exam-sites">
                  <SitesPage />
                </PageGate>
              }
            />
            <Route
              path="exams/applications"
              element={
                <PageGate page="exam-applications">
                  <ExamApplicationsPage />
                </PageGate>
              }
            />
            <Route
              path="exams/staff"
              element={
                <PageGate page="exam-staff">
                  <StaffPage />
                </PageGate>
              }
            />
            <Route
              path="exams/violations"
              element={
                <PageGate page="exam-violations">
                  <ViolationsPage />
                </PageGate>
              }
            />
            <Route
              path="enforcement/signals"
              element={
                <PageGate page="enforcement-signals">
                  <SignalsPage />
                </PageGate>
              }
            />
            <Route
              path="enforcement/inspections"
              element={
                <PageGate page="inspections">
                  <InspectionsPage />
                </PageGate>
              }
            />
            <Route
              path="enforcement/cases"
              element={
                <PageGate page="cases">
                  <CasesPage />
                </PageGate>
              }
            />
            <Route
              path="enforcement/cases/:id"
              element={
                <PageGate page="cases">
                  <CaseDetailPage />
                </PageGate>
              }
            />
            <Route
              path="institution/orders"
              element={
                <PageGate page="orders">
                  <OrdersPage />
                </PageGate>
              }
            />
            <Route
              path="exams/my-duties"
              element={
                <PageGate page="my-duties">
                  <MyDutiesPage />
                </PageGate>
              }
            />
            <Route
              path="certificates"
              element={
                <PageGate page="certificates">
                  <ScopedCertificatesPage />
                </PageGate>
              }
            />
            <Route
              path="oversight"
              element={
                <PageGate page="oversight">
                  <OversightPage />
                </PageGate>
              }
            />
            <Route
              path="oversight/drill"
              element={
                <PageGate page="oversight-drill">
                  <DrillStartPage />
                </PageGate>
              }
            />
            <Route
              path="oversight/drill/regions/:code"
              element={
                <PageGate page="oversight-drill">
                  <DrillRegionPage />
                </PageGate>
              }
            />
            <Route
              path="oversight/drill/institutions/:id"
              element={
                <PageGate page="oversight-drill">
                  <DrillInstitutionPage />
                </PageGate>
              }
            />
            <Route
              path="oversight/drill/classes/:id"
              element={
                <PageGate page="oversight-drill">
                  <DrillClassPage />
                </PageGate>
              }
            />
            <Route
              path="archives"
              element={
                <PageGate page="archives">
                  <ScopedArchivesPage />
                </PageGate>
              }
            />
            <Route
              path="archives/:id"
              element={
                <PageGate page="archives">
                  <ArchiveDetailPage />
                </PageGate>
              }
            />
            <Route
              path="support/queue"
              element={
                <PageGate page="support-queue">
                  <SupportQueuePage />
                </PageGate>
              }
            />
            <Route
              path="support/report"
              element={
                <PageGate page="sla-report">
                  <ScopedSlaReportPage />
                </PageGate>
              }
            />
            <Route
              path="support/mine"
              element={
                <PageGate page="my-tickets">
                  <MyTicketsPage />
                </PageGate>
              }
            />
            <Route
              path="announcements"
              element={
                <PageGate page="announcements">
                  <AnnouncementsPage />
                </PageGate>
              }
            />
            <Route
              path="platform/moderation"
              element={
                <PageGate page="moderation">
                  <ModerationTermsPage />
                </PageGate>
              }
            />
            <Route
              path="platform/operations"
              element={
                <PageGate page="operations">
                  <OperationsPage />
                </PageGate>
              }
            />
            <Route
              path="exchange"
              element={
                <PageGate page="exchange">
                  <ExchangePage />
                </PageGate>
              }
            />
            <Route path="account" element={<AccountPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </>
  );
}
