/** Named limits for uploads (issue: catalogue — videos up to 2 GB, chunked and resumable). */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** 8 MiB chunks: small enough to retry cheaply on a phone network, few enough for 2 GB (256). */
export const CHUNK_BYTES = 8 * 1024 ** 2;
/** An unfinished upload can be resumed for a day. */
export const UPLOAD_TTL_HOURS = 24;

export const ALLOWED_TYPES: Record<string, readonly string[]> = {
  'lesson-media': ['video/mp4', 'audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac'],
  // N2.5: signed responsibility letters and confidentiality agreements of exam staff, scanned.
  'exam-document': ['application/pdf', 'image/jpeg', 'image/png'],
};
