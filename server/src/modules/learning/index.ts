export { createLearningService, type LearningService } from './learning.service.js';
export { learningRoutes } from './learning.routes.js';
export { LearningErrors } from './learning.errors.js';
export { createLearningSettings, type LearningSettingsService } from './learning.settings.js';
export { appendHours, ledgerSeconds } from './learning.repository.js';
export { SECONDS_PER_STUDY_HOUR, studyHours } from './integrity.rules.js';
