export { createLearningService, type LearningService } from './learning.service.js';
export { learningRoutes } from './learning.routes.js';
export { LearningErrors } from './learning.errors.js';
export { createLearningSettings, type LearningSettingsService } from './learning.settings.js';
export { appendHours, ledgerSeconds } from './learning.repository.js';
