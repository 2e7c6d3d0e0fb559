export { createAnnouncementsService, type AnnouncementsService } from './announcements.service.js';
export { announcementsRoutes } from './announcements.routes.js';
