/** The learner's electronic archive (M26): the learner's own page, the staff list and detail pages. */
export { MyArchivePage } from './pages/MyArchivePage';
export { ArchivesPage } from './pages/ArchivesPage';
export { ArchiveDetailPage } from './pages/ArchiveDetailPage';
