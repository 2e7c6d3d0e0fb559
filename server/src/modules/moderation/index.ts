export { createModerationService, type ModerationService } from './moderation.service.js';
export { moderationRoutes } from './moderation.routes.js';
export { findProhibited, type Hit, type Term } from './moderation.filter.js';
export { MODERATION_CATEGORIES, type ModerationCategory } from './moderation.categories.js';
export { ModerationErrors } from './moderation.errors.js';
