/** The course catalogue's public surface: courses, lessons with quality gates, and the two-stage review (M17, M20, M21). */
import './catalogue.css';
export { CoursesPage } from './pages/CoursesPage';
export { CourseDetailPage } from './pages/CourseDetailPage';
export { ReviewQueuePage } from './pages/ReviewQueuePage';
export { PlatformReviewPage } from './pages/PlatformReviewPage';
export { SpotChecksPage } from './pages/SpotChecksPage';
export { useCourses, catalogueKeys } from './queries';
export { CourseTitleFilter } from './components/CourseTable';
export { courseStatusLooks } from './texts';
