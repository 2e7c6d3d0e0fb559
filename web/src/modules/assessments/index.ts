/** Course tests (M23, M24, M25): the institution's question banks and the learner's test pages. */
import './assessments.css';
export { BankPage } from './pages/BankPage';
export { MyTestsPage } from './pages/MyTestsPage';
export { StartTestPage } from './pages/StartTestPage';
export { TestAttemptPage } from './pages/TestAttemptPage';
