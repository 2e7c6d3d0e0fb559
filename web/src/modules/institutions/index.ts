/** The institution registry's public surface: pages for the public, institutions and city bureaus (N1.2, N1.3, M11–M13). */
import './institutions.css';
export { PublicInstitutionsPage } from './pages/PublicInstitutionsPage';
export { InstitutionSignupPage } from './pages/InstitutionSignupPage';
export { RegistrationsPage } from './pages/RegistrationsPage';
export { TeachersPage } from './pages/TeachersPage';
export { ApplicationsPage } from './pages/ApplicationsPage';
export { TeacherApprovalsPage } from './pages/TeacherApprovalsPage';
export { useTeachers } from './queries';
export type { Teacher } from './types';
export { useMyInstitution } from './queries';
export type { Registration } from './types';
