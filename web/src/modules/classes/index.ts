/** Classes (M23): opening a class with a lawful plan (M19), learners, classroom sessions (N1.3) and hour corrections (M16). */
import './classes.css';
export { ClassesPage } from './pages/ClassesPage';
export { ClassDetailPage } from './pages/ClassDetailPage';
export { CorrectionApprovalsPage } from './pages/CorrectionApprovalsPage';
export type { ClassesMode } from './class-routes';
