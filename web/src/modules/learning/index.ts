/** Learning under the integrity protocol (M24, M25): the class page, the lesson player and the learner's hours. */
import './learning.css';
export { ClassLearningPage } from './pages/ClassLearningPage';
export { MyHoursPage } from './pages/MyHoursPage';
export { PlayerPage } from './pages/PlayerPage';
export { useClassLearning } from './queries';
export { hasConfirmedTime } from './player-rules';
