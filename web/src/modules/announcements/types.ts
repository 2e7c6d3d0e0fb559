import type { BodyOf, ResponseOf } from '../../api/types';

export type AnnouncementPage = ResponseOf<'/api/v1/announcements', 'get'>;
export type Announcement = AnnouncementPage['items'][number];
export type AnnouncementStatus = Announcement['status'];
export type DraftBody = BodyOf<'/api/v1/announcements', 'post'>;
export type ReviewBody = BodyOf<'/api/v1/announcements/{id}/review', 'post'>;
export type PublicPage = ResponseOf<'/api/v1/public/announcements', 'get'>;
export type PublicAnnouncement = PublicPage['items'][number];
export type CheckResult = ResponseOf<'/api/v1/moderation/check', 'post'>;
