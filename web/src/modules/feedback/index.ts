/** Learners' feedback in the console: satisfaction per course and its threshold (M22, M29), the comment queue (M9). */
import './feedback.css';
export { SatisfactionPage } from './pages/SatisfactionPage';
export { CommentModerationPage } from './pages/CommentModerationPage';
export { RateCoursePage } from './pages/RateCoursePage';
