/** The learner's own pages: real-name registration (M24, M27), joining a class by code, my classes. */
import './learners.css';
export { RegisterPage } from './pages/RegisterPage';
export { JoinClassPage } from './pages/JoinClassPage';
export { MyClassesSection } from './components/MyClassesSection';
export { idNumberMessage } from './registration-rules';
export { normalizeIdNumber, ID_NUMBER_LENGTH } from './id-number';
export { ruleOf, sameAsRule } from './form-rules';
export { useMyClasses } from './queries';
export { studyHoursOf } from './study-length';
