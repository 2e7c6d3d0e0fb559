/** Exam administration pages (N2, N3.2–N3.4): draws, sessions, sites, staff, violations, and the public verification. */
import './exams.css';
export { DrawsPage } from './pages/DrawsPage';
export { DrawDetailPage } from './pages/DrawDetailPage';
export { SessionsPage } from './pages/SessionsPage';
export { SessionDetailPage } from './pages/SessionDetailPage';
export { SitesPage } from './pages/SitesPage';
export { StaffPage } from './pages/StaffPage';
export { MyDutiesPage } from './pages/MyDutiesPage';
export { ViolationsPage } from './pages/ViolationsPage';
export { ExamApplicationsPage } from './pages/ExamApplicationsPage';
export { PublicDrawsPage } from './pages/PublicDrawsPage';
export { PublicSanctionsPage } from './pages/PublicSanctionsPage';
export { MyExamsSection } from './components/MyExamsSection';
