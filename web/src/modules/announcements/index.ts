/** Announcements with review (M8) and the prohibited-content filter (M9). */
export { AnnouncementsPage } from './pages/AnnouncementsPage';
export { PublicAnnouncementsPage, PublicAnnouncementPage } from './pages/PublicAnnouncementsPage';
